import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { captionLine } from '../../../src/ingest/rules/caption-line.ts';

test('caption-line splits a caption from the credit at its end, a choice by form, not recorded', () => {
  const state = new PageState('学员合影。通讯员 供图', 'page.txt');
  assert.equal(captionLine(state), true);
  assert.deepEqual(state.tokens, [{ kind: 'caption', text: '学员合影。', credit: '通讯员 供图', startLine: 1, endLine: 1 }]);
  assert.deepEqual(state.decisions, []);
});

test('caption-line takes a ▲ line without a credit as a caption, and records that it chose it over a paragraph', () => {
  const state = new PageState('\n▲学员在课堂上练习。', 'page.txt');
  assert.equal(captionLine(state), true);
  assert.deepEqual(state.tokens, [{ kind: 'caption', text: '▲学员在课堂上练习。', credit: null, startLine: 2, endLine: 2 }]);
  assert.deepEqual(state.decisions, [{ rule: 'caption-line', chose: 'caption', over: 'paragraph', evidence: 'opens as a caption does (▲, 图为…) and carries no photo credit', startLine: 2, endLine: 2 }]);
});

test('caption-line leaves a paragraph and a group of two lines', () => {
  assert.equal(captionLine(new PageState('活动在市民中心举行。', 'page.txt')), false);
  assert.equal(captionLine(new PageState('▲学员合影。\n第二行。', 'page.txt')), false);
});
