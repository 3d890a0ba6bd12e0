// Metamorphic tests: every page dump of the suite (the samples and the hand-made pages,
// found by listing) parses to the same articles when its layout changes as a printer's
// changes it: a column break more, a caption dropped into that break, the edition's
// pages saved as two dumps. Each relation runs with seeded random choices; a failure
// names the seed and the choice (`{ seed, path }`), and the changed dump at the cut.
// Cuts that leave a piece no longer than a heading line are in metamorphic.pending.ts:
// the parser takes some of them for subheads (see that file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import { checkOrKnownGap } from '../helpers/known-gaps.ts';
import { captionInCut, columnBreak, creditedNames, longParagraphs, pageHeaderLines, pageInputs, readerView, SEED, twoDumps, view } from '../helpers/metamorphic.ts';

/** A piece longer than any heading line (40 characters) can only be a paragraph's. */
const LONGER_THAN_A_HEADING = 41;
const RUNS = { cut: 60, caption: 60, split: 12 };
const inputs = pageInputs();

/** A relation over one dump, run with the seed; a known gap (tests/helpers/known-gaps.ts) must still fail. */
function relation(name: string, property: fc.IRawProperty<unknown[]>, numRuns: number): void {
  test(name, () => checkOrKnownGap('relations', name, () => fc.assert(property, { seed: SEED, numRuns, includeErrorInReport: true })));
}

test('the relations have dumps to work on: samples with long paragraphs and pages opening mid-file', () => {
  assert.ok(
    inputs.some((i) => i.name.startsWith('tests/fixtures/pages/')),
    'the hand-made pages are listed',
  );
  assert.ok(!inputs.some((i) => i.name.includes('002_')), 'the Jekyll post is no page dump');
  // The three sample dumps at least; hand-made pages added later may join them.
  assert.ok(inputs.filter((i) => longParagraphs(i.text, LONGER_THAN_A_HEADING).length > 0).length >= 3);
  assert.ok(inputs.filter((i) => pageHeaderLines(i.text).length > 0).length >= 3);
});

// The relation's own reading of a moved caption's credit, by hand from the credit forms
// of page-structures.md: whom a reader takes for the photographer.
test('a moved caption credits the photographer a reader reads in its credit', () => {
  assert.deepEqual(creditedNames('记者/何春林 摄'), ['何春林']);
  assert.deepEqual(creditedNames('(易峰/摄)'), ['易峰']);
  assert.deepEqual(creditedNames('(供图 醴陵市档案馆 邓建国 翻拍)'), ['邓建国']);
  assert.deepEqual(creditedNames('通讯员 供图'), []);
});

for (const input of inputs) {
  test(`identity: ${input.name} parses and ingests the same again`, () => {
    assert.deepEqual(view(input.text), view(input.text));
    assert.deepEqual(view(input.text, 'other-name.txt'), view(input.text), 'the file name changes nothing a reader sees');
    const once = ingestText(input.text, 'zzrb_2025-05-31.txt').articles.map(readerView);
    assert.deepEqual(ingestText(input.text, 'zzrb_2025-05-31.txt').articles.map(readerView), once);
  });

  if (longParagraphs(input.text, LONGER_THAN_A_HEADING).length) {
    relation(`a column break more: ${input.name} (seed ${SEED})`, columnBreak(input, LONGER_THAN_A_HEADING), RUNS.cut);
    relation(`a caption dropped into a column break: ${input.name} (seed ${SEED})`, captionInCut(input, LONGER_THAN_A_HEADING), RUNS.caption);
  }

  if (pageHeaderLines(input.text).length) {
    relation(`one edition in two dumps, cut at a page header: ${input.name} (seed ${SEED})`, twoDumps(input), RUNS.split);
  }
}
