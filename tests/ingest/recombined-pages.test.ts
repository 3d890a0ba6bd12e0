// The parser is scored on pages it has never seen. A proxy here: cut the sample dumps
// into their printed pages at the page headers and put the pages together in other
// orders. Each page must parse the same in any company, its stories neither merged
// with a neighbour's nor split, and no section borrowed across pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parsePage } from '../../src/ingest/parse-page.ts';
import { readPageHeader } from '../../src/ingest/rules/page-header.ts';
import { groupLines } from '../../src/ingest/tokenize.ts';
import type { ParsedArticle } from '../../src/ingest/types.ts';

const root = new URL('../../raw/', import.meta.url);
const dumps = readdirSync(root)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, root), 'utf8'))
  .filter((t) => !t.startsWith('---'));

/** A dump's printed pages: the part before the first header, then each header onward. */
function pages(text: string): { headed: boolean; text: string }[] {
  const lines = text.split('\n');
  const groups = groupLines(text);
  const cuts: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const header = readPageHeader(groups, i);
    if (!header) continue;
    cuts.push((groups[i] as { startLine: number }).startLine - 1);
    i += header.size - 1;
  }
  const bounds = [0, ...cuts, lines.length];
  return bounds
    .slice(0, -1)
    .map((start, i) => ({ headed: i > 0, text: lines.slice(start, bounds[i + 1]).join('\n') }))
    .filter((p) => p.text.trim());
}

const summary = (a: ParsedArticle) => ({
  headline: [a.kicker, a.title, a.subtitle],
  section: a.section,
  reporters: a.reporters,
  correspondents: a.correspondents,
  blocks: a.blocks.map((b) => `${b.type}:${b.text}`),
});
const parse = (text: string) => parsePage(text, 'page.txt').articles.map(summary);

const all = dumps.flatMap(pages);
const headless = all.filter((p) => !p.headed);
const headed = all.filter((p) => p.headed);

test('the samples hold pages with and without a captured header', () => {
  assert.equal(headless.length, 3);
  assert.equal(headed.length, 3);
});

for (const [i, first] of headless.entries()) {
  test(`headless page ${i + 1} followed by every headed page, in reverse order, parses page by page`, () => {
    const company = [...headed].reverse();
    const combined = [first, ...company].map((p) => p.text).join('\n\n');
    const expected = [first, ...company].flatMap((p) => parse(p.text));
    assert.deepEqual(parse(combined), expected);
  });
}

test('headed pages in every order parse page by page', () => {
  for (const order of [
    [0, 1, 2],
    [2, 1, 0],
    [1, 0, 2],
    [2, 0, 1],
  ]) {
    const chosen = order.map((k) => headed[k] as { text: string });
    assert.deepEqual(
      parse(chosen.map((p) => p.text).join('\n\n\n')),
      chosen.flatMap((p) => parse(p.text)),
      `order ${order.join(',')}`,
    );
  }
});
