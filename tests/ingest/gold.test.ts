// The four sample inputs against their gold files: every article exact, nothing extra,
// and no Han character lost but the furniture and navigation the ingest reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import { goldProblems, type Gold } from '../helpers/gold.ts';
import { lostHan } from '../helpers/nothing-lost.ts';

const root = new URL('../../', import.meta.url);
const raws = readdirSync(new URL('raw/', root)).filter((f) => /^\d{3}_.*\.txt$/u.test(f));

for (const name of raws) {
  const gold = JSON.parse(readFileSync(new URL(`tests/fixtures/gold/${name.slice(0, 3)}.json`, root), 'utf8')) as Gold;
  test(`${name} matches its gold file`, () => {
    assert.equal(gold.file, name);
    const text = readFileSync(new URL(`raw/${name}`, root), 'utf8');
    const { articles, messages } = ingestText(text, `raw/${name}`);
    assert.equal(articles.length, gold.articles.length);
    assert.deepEqual(goldProblems(gold, articles), []);

    const reported = messages
      .filter((m) => m.rule === 'furniture' || m.rule === 'navigation')
      .map((m) => m.text)
      .join('');
    for (const [ch, n] of lostHan(text, articles)) {
      assert.ok((reported.match(new RegExp(ch, 'gu'))?.length ?? 0) >= n, `"${ch}" lost ${n}× without being reported`);
    }
  });
}

test('all four samples are checked', () => {
  assert.deepEqual(
    raws.map((f) => f.slice(0, 3)),
    ['000', '001', '002', '003'],
  );
});
