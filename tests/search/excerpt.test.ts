import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containsAll, excerpt, findMatches, segmentsText } from '../../src/search/excerpt.ts';
import { loadTraditional } from '../../src/search/tokens.ts';

test('matches are found on folded text and given on the original', () => {
  assert.deepEqual(findMatches('位于ＫＴＶ旁的K7舞社', ['ktv', 'k7舞社']), [
    [2, 5],
    [7, 11],
  ]);
  assert.deepEqual(findMatches('芦淞区芦淞区', ['芦淞区']), [[0, 6]], 'adjacent matches merge into one run');
  assert.deepEqual(findMatches('无关', ['芦淞区']), []);
});

test("an excerpt is the article's own words around the match, the match one marked run", () => {
  const text = `${'前'.repeat(50)}在株洲市芦淞区董家垅片区${'后'.repeat(80)}`;
  const segments = excerpt(text, ['芦淞区'], 40);
  assert.deepEqual(
    segments.filter((s) => s.mark),
    [{ text: '芦淞区', mark: true }],
  );
  const shown = segmentsText(segments);
  assert.ok(shown.startsWith('…') && shown.endsWith('…'));
  assert.ok(text.includes(shown.slice(1, -1)), 'a true substring of the text, no stray spaces');
  assert.equal([...shown.slice(1, -1)].length, 40);
});

test('without a match the excerpt is the opening; astral characters are never cut in half', () => {
  assert.deepEqual(excerpt('短文。', ['无']), [{ text: '短文。', mark: false }]);
  const astral = `𠀀${'字'.repeat(10)}𠀀`;
  const shown = segmentsText(excerpt(astral, ['𠀀'], 5));
  assert.ok(!/[\ud800-\udbff]$/u.test(shown.replace(/…$/u, '')));
});

test('an article contains all terms when each is in some block', () => {
  assert.ok(containsAll(['芦淞区卫健局', '家庭医生团队'], ['芦淞区', '家庭医生']));
  assert.ok(!containsAll(['芦淞区卫健局'], ['芦淞区', '家庭医生']));
  assert.ok(!containsAll(['负责人', '介绍'], ['负责人介绍']), 'never across blocks');
});

test('a query in one script is marked on the characters of the other, as printed', async () => {
  await loadTraditional();
  assert.deepEqual(
    excerpt('在株洲市蘆淞區董家垅', ['芦淞区']).filter((s) => s.mark),
    [{ text: '蘆淞區', mark: true }],
  );
  assert.deepEqual(
    excerpt('㗲字株洲日報', ['株洲日报']).filter((s) => s.mark),
    [{ text: '株洲日報', mark: true }],
  );
});
