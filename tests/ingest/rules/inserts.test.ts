import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inserts } from '../../../src/ingest/rules/inserts.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

test("inserts keeps a caption before the page's first story for that story, and sets a table in the open story", () => {
  const state = tokenState('', [
    { kind: 'caption', text: '学员合影。', credit: '通讯员 供图', startLine: 1, endLine: 1 },
    { kind: 'table', rows: [['今天', '多云']], startLine: 5, endLine: 6 },
  ]);
  assert.equal(inserts(state), true);
  assert.deepEqual(state.pending, [{ type: 'caption', text: '学员合影。', credit: '通讯员 供图', startLine: 1, endLine: 1 }]);
  withStory(state);
  assert.deepEqual(state.current?.blocks[0]?.text, '学员合影。', 'the first story takes the waiting caption');
  assert.equal(inserts(state), true);
  assert.deepEqual(state.current?.blocks.at(-1), { type: 'table', text: '今天 多云', rows: [['今天', '多云']], startLine: 5, endLine: 6 });
  assert.equal(state.tokenPos, 2);
  assert.equal(inserts(tokenState('', [{ kind: 'heading', text: '标题', startLine: 1, endLine: 1 }])), false);
});
