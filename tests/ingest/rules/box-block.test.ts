import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { boxBlock } from '../../../src/ingest/rules/box-block.ts';

const at = (text: string) => new PageState(text, 'page.txt');

test('boxBlock takes a label alone as a box token, before the credit rules read 记者手记 as a byline', () => {
  const state = at('记者手记\n');
  assert.equal(boxBlock(state), true);
  assert.deepEqual(state.tokens, [{ kind: 'box', box: 'notebook', label: '记者手记', text: '', startLine: 1, endLine: 1 }]);
  assert.equal(state.pos, 1);
});

test("boxBlock keeps a label's words with it, and the group's other lines as units of their own", () => {
  const state = at('\n编者按:湘江是株洲的母亲河。\n株洲日报全媒体记者/严可\n');
  assert.equal(boxBlock(state), true);
  assert.deepEqual(
    state.tokens.map((t) => [t.kind, t.startLine]),
    [
      ['box', 2],
      ['credit', 3],
    ],
  );
  assert.deepEqual(state.tokens[0], { kind: 'box', box: 'editors-note', label: '编者按', text: '湘江是株洲的母亲河。', startLine: 2, endLine: 2 });
});

test('boxBlock takes a question of a Q&A as a box paragraph without a label', () => {
  const state = at('问:哪些人需要办理备案?\n');
  assert.equal(boxBlock(state), true);
  assert.deepEqual(state.tokens, [{ kind: 'box', box: 'qa', label: null, text: '问:哪些人需要办理备案?', startLine: 1, endLine: 1 }]);
});

test('boxBlock leaves bylines, headings and paragraphs to the other rules', () => {
  for (const line of ['株洲日报全媒体记者/莫然', '深山里的“摆渡人”', '采访那天,我跟着谭德顺在河上来回了六趟。']) {
    const state = at(`${line}\n`);
    assert.equal(boxBlock(state), false, line);
    assert.deepEqual([state.tokens, state.pos], [[], 0]);
  }
});
