import { test } from 'node:test';
import assert from 'node:assert/strict';
import { photoNewsHeadline } from '../../../src/ingest/rules/photo-news-headline.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';
import type { Token } from '../../../src/ingest/page-state.ts';

const heading = (text: string, line: number): Token => ({ kind: 'heading', text, startLine: line, endLine: line });
const caption = (text: string, credit: string | null, line: number): Token => ({ kind: 'caption', text, credit, startLine: line, endLine: line });
const paragraph = (text: string, line: number): Token => ({ kind: 'paragraph', text, dateline: null, startLine: line, endLine: line });

test('photo-news-headline opens photo news at a heading with only a credited caption under it at the page\'s end, and records it', () => {
  const state = tokenState('', [heading('萌娃学包粽', 5), caption('小朋友学包粽子。', '(黄芸/摄)', 7)]);
  withStory(state);
  assert.equal(photoNewsHeadline(state), true);
  assert.deepEqual(state.drafts.map((d) => d.title), ['旧标题', '萌娃学包粽']);
  assert.deepEqual(state.drafts[1]?.blocks, [{ type: 'caption', text: '小朋友学包粽子。', credit: '(黄芸/摄)', startLine: 7, endLine: 7 }]);
  assert.deepEqual(state.drafts[1]?.source, { startLine: 5, endLine: 7 });
  assert.equal(state.tokenPos, 2);
  assert.deepEqual(state.decisions, [{ rule: 'photo-news-headline', chose: 'headline of photo news', over: 'subhead', evidence: 'only a credited caption under it; the page ends', startLine: 5, endLine: 7 }]);
});

test('photo-news-headline opens photo news when a new story\'s headline follows its caption', () => {
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
