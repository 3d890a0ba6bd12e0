import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from '../../../src/ingest/rules/byline.ts';
import { datelineStory } from '../../../src/ingest/rules/dateline-story.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

const lead = '株洲日报讯(记者/李逸峰) 5月9日,小区改造完工。';
const dated = (line: number) => ({ kind: 'paragraph' as const, text: lead, dateline: parseDateline(lead), startLine: line, endLine: line });

test('dateline-story opens a story at a dateline inside a bylined story, taking the short line above as its headline', () => {
  const state = tokenState(`旧标题\n\n正文。\n老旧小区焕新颜！\n${lead}`, [dated(5)]);
  withStory(state);
  state.addBlock({ type: 'paragraph', text: '老旧小区焕新颜！', startLine: 4, endLine: 4 });
  assert.equal(datelineStory(state), true);
  assert.deepEqual([state.current?.title, state.current?.reporters, state.current?.source.startLine], ['老旧小区焕新颜！', ['李逸峰'], 4]);
  assert.deepEqual(state.current?.blocks, [{ type: 'paragraph', text: '5月9日,小区改造完工。', startLine: 5, endLine: 5 }]);
  assert.deepEqual(
    state.drafts[0]?.blocks.map((b) => b.text),
    ['活动在市民中心举行。'],
  );
  assert.deepEqual(state.messages, [
    {
      file: 'page.txt',
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 27,
      rule: 'headline',
      severity: 'warning',
      text: 'expected a headline above the dateline, took "老旧小区焕新颜！"',
      expected: 'a headline above the dateline',
      found: '"老旧小区焕新颜！"',
    },
  ]);
});

test('dateline-story with nothing above to take opens a story without a headline, and says so', () => {
  const state = tokenState(lead, [dated(1)]);
  withStory(state);
  assert.equal(datelineStory(state), true);
  assert.equal(state.current?.title, '');
  assert.deepEqual(
    state.messages.map((m) => [m.rule, m.expected, m.found]),
    [['headline', 'a headline above the dateline "株洲日报讯(记者/李逸峰)"', 'none']],
  );
});

test('dateline-story leaves the dateline of a story that has neither text nor byline yet', () => {
  const state = tokenState(lead, [dated(2)]);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  assert.equal(datelineStory(state), false);
});
