import { test } from 'node:test';
import assert from 'node:assert/strict';
import { staffLabel } from '../../../src/ingest/rules/staff-label.ts';
import { storyStart } from '../../../src/ingest/rules/story-start.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';
import type { Token } from '../../../src/ingest/page-state.ts';

const staff = (text: string, line: number): Token => ({ kind: 'credit', text, credits: [], photo: false, startLine: line, endLine: line });
const heading = (text: string, line: number): Token => ({ kind: 'heading', text, startLine: line, endLine: line });
const paragraph = (text: string, line: number): Token => ({ kind: 'paragraph', text, dateline: null, startLine: line, endLine: line });

test('staff-label takes a staff title naming no one over a headline as the column label of the piece under it, and records the choice', () => {
  const state = tokenState('', [staff('本报评论员', 3), heading('以绣花功夫推进老旧小区改造', 5), staff('□ 本报评论员', 7), paragraph('老旧小区改造一头连着民生。', 9)]);
  assert.equal(staffLabel(state), true);
  assert.equal(state.tokenPos, 1);
  assert.deepEqual(state.decisions, [
    {
      rule: 'staff-label',
      chose: 'column label',
      over: 'byline',
      evidence: 'a staff title naming no one, alone over a headline; no story above waits for one',
      startLine: 3,
      endLine: 3,
    },
  ]);
  assert.equal(storyStart(state), true);
  assert.deepEqual([state.drafts.length, state.current?.column, state.current?.title, state.current?.bylines], [1, '本报评论员', '以绣花功夫推进老旧小区改造', []]);
  assert.deepEqual(state.current?.blocks, [{ type: 'column', text: '本报评论员', startLine: 3, endLine: 3 }]);
});

test('staff-label takes the title under a story with its byline when the headline under it opens a story', () => {
  const state = tokenState('', [staff('本报评论员', 5), heading('让一老一小安心', 7), staff('□ 本报评论员', 9)]);
  withStory(state);
  assert.equal(staffLabel(state), true);
  assert.equal(
    state.drafts[0]?.blocks.some((b) => b.type === 'column'),
    false,
    'the label waits for the story under it',
  );
});

test('staff-label leaves a byline to the credit rule: names, an ornament, a story waiting for its signature, no headline under it', () => {
  const named = tokenState('', [{ ...staff('记者/李逸峰', 3), credits: [{ role: 'reporter', name: '李逸峰' }] } as Token, heading('标题在此处', 5), paragraph('正文。', 7)]);
  assert.equal(staffLabel(named), false);
  assert.equal(staffLabel(tokenState('', [staff('□ 本报评论员', 3), heading('标题在此处', 5)])), false);
  const unsigned = tokenState('', [staff('本报评论员', 5), heading('下一篇的标题', 7), staff('□ 本报评论员', 9)]);
  unsigned.open(['没有署名的评论'], { startLine: 1, endLine: 1 });
  unsigned.addBlock({ type: 'paragraph', text: '评论的最后一段。', startLine: 3, endLine: 3 });
  assert.equal(staffLabel(unsigned), false, 'the commentary above signs with it');
  assert.equal(staffLabel(tokenState('', [staff('本报评论员', 3), paragraph('正文。', 5)])), false);
  const subhead = tokenState('', [staff('本报评论员', 5), heading('小标题在此', 7), paragraph('故事接着讲。', 9)]);
  withStory(subhead);
  assert.equal(staffLabel(subhead), false, 'the heading under it opens no story');
});

test('a staff label and a genre label over one headline are one column, each block printed once', () => {
  const state = tokenState('', [staff('本报评论员', 3), heading('本报评论员文章', 5), heading('让一老一小安心城市才有温度', 7), staff('□ 本报评论员', 9)]);
  assert.equal(staffLabel(state), true);
  assert.equal(storyStart(state), true);
  assert.equal(state.current?.column, '本报评论员 本报评论员文章');
  assert.deepEqual(
    state.current?.blocks.map((b) => b.text),
    ['本报评论员', '本报评论员文章'],
  );
});
