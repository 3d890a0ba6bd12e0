import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { furnitureBox } from '../../../src/ingest/rules/furniture-box.ts';

test('furniture-box takes an advertising box, and the phone number under it', () => {
  const state = new PageState('广告\n接待\n热线\n\n28835396\n\n正文。', 'page.txt');
  assert.equal(furnitureBox(state), true);
  assert.equal(furnitureBox(state), true);
  assert.deepEqual(state.tokens, [
    { kind: 'furniture', text: '广告 接待 热线', startLine: 1, endLine: 3 },
    { kind: 'furniture', text: '28835396', startLine: 5, endLine: 5 },
  ]);
  assert.equal(furnitureBox(state), false, 'a sentence is no furniture');
  assert.equal(state.pos, 2);
});
