import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from '../../../src/ingest/rules/byline.ts';
import { paragraph } from '../../../src/ingest/rules/paragraph.ts';
import { tokenState } from '../../helpers/page-state.ts';

test('paragraph sets text in the open story, its dateline taken as the byline', () => {
  const text = '株洲日报讯(记者/李逸峰) 5月9日,活动举行。';
  const state = tokenState('', [{ kind: 'paragraph', text, dateline: parseDateline(text), startLine: 2, endLine: 2 }]);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  assert.equal(paragraph(state), true);
  assert.deepEqual([state.current?.bylines, state.current?.reporters], [['株洲日报讯(记者/李逸峰)'], ['李逸峰']]);
  assert.deepEqual(state.current?.blocks, [{ type: 'paragraph', text: '5月9日,活动举行。', startLine: 2, endLine: 2 }]);
  assert.deepEqual(state.messages, []);
});

test('paragraph with no story open starts one without a headline and reports it', () => {
  const state = tokenState('活动举行。', [{ kind: 'paragraph', text: '活动举行。', dateline: null, startLine: 1, endLine: 1 }]);
  assert.equal(paragraph(state), true);
  assert.deepEqual([state.drafts.length, state.current?.title], [1, '']);
  assert.deepEqual(state.messages, [{
    file: 'page.txt', line: 1, column: 1, endLine: 1, endColumn: 6, rule: 'headline', severity: 'warning',
    text: 'expected a headline before this paragraph, found body text', expected: 'a headline before this paragraph', found: 'body text',
  }]);
});
