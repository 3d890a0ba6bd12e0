import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { headerBlock } from '../../../src/ingest/rules/header-block.ts';

test('header-block takes a section name and the editor below it as one header token, and steps past both groups', () => {
  const state = new PageState('职教·观察\n\n责任编辑:蒋胜全\n\n标题', 'page.txt');
  assert.equal(headerBlock(state), true);
  assert.deepEqual(state.tokens, [{ kind: 'header', section: '职教·观察', editor: '蒋胜全', lines: ['职教·观察', '责任编辑:蒋胜全'], startLine: 1, endLine: 3 }]);
  assert.equal(state.pos, 2);
});

test('header-block leaves a headline alone', () => {
  const state = new PageState('标题在此\n\n正文。', 'page.txt');
  assert.equal(headerBlock(state), false);
  assert.deepEqual([state.tokens, state.pos], [[], 0]);
});

test('header-block keeps the page label the header prints before its section, apart from the section', () => {
  const state = new PageState('A03 要闻\n\n责任编辑:韩 梅\n\n标题', 'page.txt');
  assert.equal(headerBlock(state), true);
  assert.deepEqual(state.tokens, [{ kind: 'header', section: '要闻', editor: '韩 梅', page: 'A03', lines: ['A03 要闻', '责任编辑:韩 梅'], startLine: 1, endLine: 3 }]);
});
