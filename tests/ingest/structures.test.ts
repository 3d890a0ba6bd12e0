// The hand-made pages of tests/fixtures/structures/: one page (or one edition of two
// dumps) for each structure of page-structures.md and pages combining them, against
// golds written from what a reader of the page sees. Every story exact, nothing extra,
// and no Han character lost but what the ingest reports as furniture, navigation or a
// jump line it took out. Pages the parser does not read right yet are known gaps
// (tests/helpers/known-gaps.ts): run, and held to failing until they pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import type { Article, Message } from '../../src/ingest/types.ts';
import { goldProblems, norm, type Gold } from '../helpers/gold.ts';
import { lostHan } from '../helpers/nothing-lost.ts';
import { checkOrKnownGap } from '../helpers/known-gaps.ts';

const dir = join(import.meta.dirname, '../fixtures/structures');
const REPORTED = new Set(['furniture', 'navigation', 'jump-line']);
// A fixture named like the paper's own files (`zzrb_20250531_A01.txt`) is dated by its name.
const DATED_NAME = /\d{8}/u;

/** The Han characters of the inputs that neither an article nor a reported message holds. */
function lostWithoutReport(texts: string[], articles: Article[], messages: Message[]): string[] {
  const reported = messages
    .filter((m) => REPORTED.has(m.rule))
    .map((m) => m.text)
    .join('');
  return [...lostHan(texts.join('\n'), articles)].filter(([ch, n]) => (reported.match(new RegExp(ch, 'gu'))?.length ?? 0) < n).map(([ch, n]) => `"${ch}" lost ${n}× without being reported`);
}

function check(gold: Gold, texts: string[], articles: Article[], messages: Message[]): void {
  assert.deepEqual(goldProblems(gold, articles), []);
  assert.equal(articles.length, gold.articles.length);
  assert.deepEqual(lostWithoutReport(texts, articles, messages), []);
}

const entries = readdirSync(dir).sort();

for (const name of entries.filter((e) => e.endsWith('.txt'))) {
  test(name, () => {
    const gold = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/u, '.gold.json')), 'utf8')) as Gold;
    assert.equal(gold.file, name);
    const text = readFileSync(join(dir, name), 'utf8');
    // The test gives an undated fixture its date, as a manifest would.
    const manifest = DATED_NAME.test(name) ? null : { date: gold.dateRange[0], page: null, section: null, line: 1 };
    const { articles, messages } = ingestText(text, name, manifest);
    checkOrKnownGap('structures', name, () => check(gold, [text], articles, messages));
  });
}

for (const folder of entries.filter((e) => statSync(join(dir, e)).isDirectory())) {
  test(folder, () => {
    const gold = JSON.parse(readFileSync(join(dir, folder, 'gold.json'), 'utf8')) as Gold;
    assert.equal(gold.file, folder);
    const dumps = readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(dir, folder, f));
    const { articles, messages } = ingestPaths(dumps);
    checkOrKnownGap('structures', folder, () =>
      check(
        gold,
        dumps.map((d) => readFileSync(d, 'utf8')),
        articles,
        messages,
      ),
    );
  });
}

test('every structure fixture has its gold, and every gold its fixture', () => {
  const pages = entries.filter((e) => e.endsWith('.txt')).map((e) => e.replace(/\.txt$/u, ''));
  const golds = entries.filter((e) => e.endsWith('.gold.json')).map((e) => e.replace(/\.gold\.json$/u, ''));
  assert.deepEqual(golds, pages);
  for (const folder of entries.filter((e) => statSync(join(dir, e)).isDirectory())) {
    const files = readdirSync(join(dir, folder));
    assert.ok(files.includes('gold.json'), `${folder} has its gold.json`);
    assert.ok(files.filter((f) => f.endsWith('.txt')).length >= 2, `${folder} holds the dumps of one edition`);
  }
});

// A gold's words that are not on its page would test nothing (or fail for a typo): every
// word a gold names is looked for in the page itself, without the parser.
test('every gold names words printed on its page', () => {
  const pages = entries.flatMap((e): Array<[Gold, string]> => {
    if (e.endsWith('.txt')) return [[JSON.parse(readFileSync(join(dir, e.replace(/\.txt$/u, '.gold.json')), 'utf8')) as Gold, readFileSync(join(dir, e), 'utf8')]];
    if (!statSync(join(dir, e)).isDirectory()) return [];
    const texts = readdirSync(join(dir, e))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, e, f), 'utf8'));
    return [[JSON.parse(readFileSync(join(dir, e, 'gold.json'), 'utf8')) as Gold, texts.join('\n')]];
  });
  const missing: string[] = [];
  for (const [gold, text] of pages) {
    const page = norm(text);
    const words = [
      ...(gold.notInBody ?? []),
      ...(gold.notInArticles ?? []),
      ...(gold.fileCaptions ?? []),
      ...gold.articles.flatMap((a) => [a.bodyStart, a.bodyEnd, ...a.headline, ...a.reporters, ...a.correspondents, ...(a.photographers ?? []), ...(a.subheads ?? []), ...(a.captions ?? []), ...(a.extras ?? []), ...(a.boxes ?? []).map((b) => b.text)]),
    ];
    for (const w of words) if (!page.includes(norm(w))) missing.push(`${gold.file}: "${w}"`);
  }
  assert.deepEqual(missing, []);
});
