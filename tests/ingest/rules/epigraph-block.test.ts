import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { epigraphBlock } from '../../../src/ingest/rules/epigraph-block.ts';

test('epigraph-block takes a quotation and its dash source line as one token over both groups', () => {
  const state = new PageState('“推动高质量发展。”\n\n——摘自党的二十大报告\n\n正文。', 'page.txt');
  assert.equal(epigraphBlock(state), true);
  assert.deepEqual(state.tokens, [{ kind: 'epigraph', text: '“推动高质量发展。”', attribution: '——摘自党的二十大报告', startLine: 1, endLine: 3 }]);
  assert.equal(state.pos, 2);
  assert.equal(epigraphBlock(state), false);
});
