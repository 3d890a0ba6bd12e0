import { test } from 'node:test';
import assert from 'node:assert/strict';
import { furnitureNote } from '../../../src/ingest/rules/furniture-note.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

test('furniture-note keeps an advertising box out of the open story and reports it with its lines', () => {
  const state = tokenState('广告\n接待\n热线', [{ kind: 'furniture', text: '广告 接待 热线', startLine: 1, endLine: 3 }]);
  withStory(state);
  assert.equal(furnitureNote(state), true);
  assert.equal(state.current?.blocks.length, 1, "only the story's own paragraph");
  assert.deepEqual(state.messages, [
    {
      file: 'page.txt',
      line: 1,
      column: 1,
      endLine: 3,
      endColumn: 3,
      rule: 'furniture',
      severity: 'info',
      text: 'page furniture kept out of articles: "广告 接待 热线" (lines 1-3)',
      expected: 'article text',
      found: 'page furniture "广告 接待 热线"',
    },
  ]);
});
