import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { captionAboveCredit } from '../../../src/ingest/rules/caption-above-credit.ts';

test('caption-above-credit takes a line in a photo\'s space with its credit on the next line, and records the choice', () => {
  const state = new PageState('正文。\n\n\n\n职工在共享食堂用餐。\n记者/何春林 摄', 'page.txt');
  state.pos = 1;
  assert.equal(captionAboveCredit(state), false, 'the two lines are one group: caption-stack\'s, not this rule\'s');
  const apart = new PageState('正文。\n\n\n职工在共享食堂用餐。\n\n记者/何春林 摄', 'page.txt');
  apart.pos = 1;
  assert.equal(captionAboveCredit(apart), true);
  assert.deepEqual(apart.tokens, [{ kind: 'caption', text: '职工在共享食堂用餐。', credit: '记者/何春林 摄', startLine: 4, endLine: 6 }]);
  assert.equal(apart.pos, 3);
  assert.deepEqual(apart.decisions, [{ rule: 'caption-above-credit', chose: 'caption', over: 'paragraph', evidence: 'blank lines above it and a photo credit on the next line', startLine: 4, endLine: 6 }]);
});

test('caption-above-credit leaves a paragraph under a single blank line: a photo-news story closing with its credit', () => {
  const state = new PageState('标题\n\n荷塘区油菜花开,市民踏青。\n\n记者/李逸峰 摄', 'page.txt');
  state.pos = 1;
  assert.equal(captionAboveCredit(state), false);
  assert.deepEqual(state.decisions, []);
});
