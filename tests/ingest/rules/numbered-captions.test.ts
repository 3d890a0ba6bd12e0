import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { numberedCaptions } from '../../../src/ingest/rules/numbered-captions.ts';

test('numbered-captions takes a run of numbered lines counting up with a photo credit under it, and records the choice', () => {
  const state = new PageState('1、农民在稻田里补插秧苗。\n\n2、采莲人划船穿行。\n\n通讯员 谭 军 摄', 'page.txt');
  assert.equal(numberedCaptions(state), true);
  assert.deepEqual(state.tokens, [
    { kind: 'caption', text: '1、农民在稻田里补插秧苗。', credit: null, startLine: 1, endLine: 1 },
    { kind: 'caption', text: '2、采莲人划船穿行。', credit: null, startLine: 3, endLine: 3 },
  ]);
  assert.equal(state.pos, 2);
  assert.equal(state.decisions[0]?.rule, 'numbered-captions');
  assert.equal(state.decisions[0]?.startLine, 1);
  assert.equal(state.decisions[0]?.endLine, 3);
});

test('numbered-captions takes a run whose every caption carries its credit', () => {
  const state = new PageState('①市民在公园晨练 记者/张三 摄\n\n②孩子们在做游戏 记者/李四 摄', 'page.txt');
  assert.equal(numberedCaptions(state), true);
  assert.deepEqual(
    state.tokens.map((t) => t.kind === 'caption' && t.credit),
    ['记者/张三 摄', '记者/李四 摄'],
  );
});

test('numbered-captions leaves numbered paragraphs with no photo credit, a lone number, and numbers that do not count up', () => {
  assert.equal(numberedCaptions(new PageState('1、全市新增岗位三万个。\n\n2、培训人数逐年增长。\n\n记者从市人社局获悉,活动持续一周。', 'page.txt')), false);
  assert.equal(numberedCaptions(new PageState('1、农民在稻田里补插秧苗。\n\n通讯员 谭 军 摄', 'page.txt')), false);
  assert.equal(numberedCaptions(new PageState('1、农民在稻田里补插秧苗。\n\n3、采莲人划船穿行。\n\n通讯员 谭 军 摄', 'page.txt')), false);
});
