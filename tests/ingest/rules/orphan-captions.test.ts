import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orphanCaptions } from '../../../src/ingest/rules/orphan-captions.ts';
import { tokenState } from '../../helpers/page-state.ts';

test('orphan-captions reports a caption on a page where no story opened', () => {
  const state = tokenState('▲学员合影。', []);
  state.addBlock({ type: 'caption', text: '▲学员合影。', startLine: 1, endLine: 1 });
  assert.equal(orphanCaptions(state), true);
  assert.deepEqual(state.messages, [
    {
      file: 'page.txt',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 7,
      rule: 'caption',
      severity: 'warning',
      text: 'caption with no article on its page: "▲学员合影。"',
      expected: 'an article on its page',
      found: '"▲学员合影。"',
    },
  ]);
  assert.equal(orphanCaptions(tokenState('', [])), false);
});
