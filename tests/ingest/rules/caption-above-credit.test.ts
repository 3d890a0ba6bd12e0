import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { captionAboveCredit } from '../../../src/ingest/rules/caption-above-credit.ts';

test("caption-above-credit takes a line in a photo's space with its credit on the next line, and records the choice", () => {
  const state = new PageState('正文。\n\n\n\n职工在共享食堂用餐。\n记者/何春林 摄', 'page.txt');
  state.pos = 1;
  assert.equal(captionAboveCredit(state), false, "the two lines are one group: caption-stack's, not this rule's");
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

test('caption-above-credit leaves the rest of a paragraph a column break cut to the story, a photo between or not, when no text follows the credit: the choice recorded', () => {
  for (const between of ['', '▲市民在活动现场参观。记者/何春林 摄\n\n\n']) {
    const text = `6月2日,千亩荷塘迎来盛花期,吸\n\n\n${between}引众多市民前来观赏拍照。\n\n记者/陈曦 摄\n\n石峰区老旧管网改造全面开工`;
    const state = new PageState(text, 'page.txt');
    state.tokens = [{ kind: 'paragraph', text: '6月2日,千亩荷塘迎来盛花期,吸', dateline: null, startLine: 1, endLine: 1 }];
    if (between) state.tokens.push({ kind: 'caption', text: '▲市民在活动现场参观。', credit: '记者/何春林 摄', startLine: 4, endLine: 4 });
    state.pos = between ? 2 : 1;
    assert.equal(captionAboveCredit(state), false, between);
    const line = between ? 7 : 4;
    assert.deepEqual(state.decisions, [
      {
        rule: 'caption-above-credit',
        chose: 'the rest of a paragraph a column break cut',
        over: 'caption',
        evidence: 'the text above stops mid-sentence, only photos between; no text follows the credit',
        startLine: line,
        endLine: line + 2,
      },
    ]);
  }
});

test("near miss: caption-above-credit takes a caption in a column break when the paragraph's rest follows its credit", () => {
  const state = new PageState('6月2日,千亩荷塘迎来盛花期,吸\n\n\n市民在荷塘边拍照。\n\n记者/陈曦 摄\n\n引众多市民前来观赏拍照。', 'page.txt');
  state.tokens = [{ kind: 'paragraph', text: '6月2日,千亩荷塘迎来盛花期,吸', dateline: null, startLine: 1, endLine: 1 }];
  state.pos = 1;
  assert.equal(captionAboveCredit(state), true);
  assert.equal(state.tokens.at(-1)?.kind, 'caption');
});
