import { test } from 'node:test';
import assert from 'node:assert/strict';
import { photoNewsHeadline } from '../../../src/ingest/rules/photo-news-headline.ts';
import { storyStart } from '../../../src/ingest/rules/story-start.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';
import type { Token } from '../../../src/ingest/page-state.ts';

const heading = (text: string, line: number): Token => ({ kind: 'heading', text, startLine: line, endLine: line });
const caption = (text: string, credit: string | null, line: number): Token => ({ kind: 'caption', text, credit, startLine: line, endLine: line });
const paragraph = (text: string, line: number): Token => ({ kind: 'paragraph', text, dateline: null, startLine: line, endLine: line });

test("photo-news-headline opens photo news at a heading with only a credited caption under it at the page's end, and records it", () => {
  const state = tokenState('', [heading('萌娃学包粽', 5), caption('小朋友学包粽子。', '(黄芸/摄)', 7)]);
  withStory(state);
  assert.equal(photoNewsHeadline(state), true);
  assert.deepEqual(
    state.drafts.map((d) => d.title),
    ['旧标题', '萌娃学包粽'],
  );
  assert.deepEqual(state.drafts[1]?.blocks, [{ type: 'caption', text: '小朋友学包粽子。', credit: '(黄芸/摄)', startLine: 7, endLine: 7 }]);
  assert.deepEqual(state.drafts[1]?.source, { startLine: 5, endLine: 7 });
  assert.equal(state.tokenPos, 2);
  assert.deepEqual(state.decisions, [{ rule: 'photo-news-headline', chose: 'headline of photo news', over: 'subhead', evidence: 'only a credited caption under it; the page ends', startLine: 5, endLine: 7 }]);
});

test("photo-news-headline opens photo news when a new story's headline follows its caption", () => {
  const state = tokenState('', [heading('萌娃学包粽', 5), caption('小朋友学包粽子。', '(黄芸/摄)', 7), heading('新标题', 9), paragraph('6月1日,活动举行。', 11)]);
  withStory(state);
  assert.equal(photoNewsHeadline(state), true);
  assert.equal(state.decisions[0]?.evidence, "only a credited caption under it; a new story's headline follows");
});

test('photo-news-headline leaves a subhead the story goes on under, an uncredited photo, a heading without photos, and a page with no story open', () => {
  const goesOn = tokenState('', [heading('萌娃学包粽', 5), caption('小朋友学包粽子。', '(黄芸/摄)', 7), paragraph('活动还吸引了家长。', 9)]);
  withStory(goesOn);
  assert.equal(photoNewsHeadline(goesOn), false);
  const subheadAfter = tokenState('', [heading('萌娃学包粽', 5), caption('小朋友学包粽子。', '(黄芸/摄)', 7), heading('二、家长参与', 9), paragraph('活动还吸引了家长。', 11)]);
  withStory(subheadAfter);
  assert.equal(photoNewsHeadline(subheadAfter), false);
  const uncredited = tokenState('', [heading('萌娃学包粽', 5), caption('▲小朋友学包粽子。', null, 7)]);
  withStory(uncredited);
  assert.equal(photoNewsHeadline(uncredited), false);
  const bare = tokenState('', [heading('萌娃学包粽', 5)]);
  withStory(bare);
  assert.equal(photoNewsHeadline(bare), false);
  assert.equal(photoNewsHeadline(tokenState('', [heading('萌娃学包粽', 5), caption('小朋友学包粽子。', '(黄芸/摄)', 7)])), false);
});

test("story-start takes a heading under a date-led credited caption as the next story's headline, not a column label of this one", () => {
  const state = tokenState('', [heading('萌娃学包粽', 1), caption('5月30日,小朋友学包粽子。', '(黄芸/摄)', 3), heading('醴陵窑火映夏夜', 5), paragraph('5月31日晚,古镇举办活动。', 7)]);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.current?.title, state.current?.column, state.tokenPos], ['萌娃学包粽', null, 2]);
  assert.equal(storyStart(state), true);
  assert.deepEqual(
    state.drafts.map((d) => d.title),
    ['萌娃学包粽', '醴陵窑火映夏夜'],
  );
});

test("story-start keeps a column label under a photo whose caption tells no day's news", () => {
  const state = tokenState('', [heading('古窑新生', 1), caption('▲老厂房改造为艺术馆。', '记者/文杰 摄', 3), heading('【走基层】', 5), { kind: 'credit', text: '记者/文杰', credits: [{ role: 'reporter', name: '文杰' }], photo: false, startLine: 7, endLine: 7 }]);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.current?.title, state.current?.column], ['古窑新生', '【走基层】']);
});
