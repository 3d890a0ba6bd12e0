import { test } from 'node:test';
import assert from 'node:assert/strict';
import { untitled } from '../../../src/ingest/rules/untitled.ts';
import { tokenState } from '../../helpers/page-state.ts';

test('untitled reports a story the page gave no headline, at its lines', () => {
  const state = tokenState('\n记者/何春林\n活动举行。', []);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  const bare = state.open([], { startLine: 2, endLine: 3 });
  assert.equal(untitled(state), true);
  assert.deepEqual(state.drafts.at(-1), bare, 'the story is kept');
  assert.deepEqual(state.messages, [
    {
      file: 'page.txt',
      line: 2,
      column: 1,
      endLine: 3,
      endColumn: 6,
      rule: 'headline',
      severity: 'warning',
      text: 'article without a headline',
      expected: 'a headline',
      found: 'none',
    },
  ]);
});
