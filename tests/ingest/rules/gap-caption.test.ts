import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { gapCaption } from '../../../src/ingest/rules/gap-caption.ts';

/** A state standing at the page's line group `index`. */
function at(text: string, index: number): PageState {
  const state = new PageState(text, 'page.txt');
  state.pos = index;
  return state;
}

test('gap-caption takes a 扫码 line alone after a complete paragraph as a caption, and records the choice', () => {
  const state = at('活动在市民中心举行。\n\n扫码观看活动视频\n\n活动还将持续一周。', 1);
  assert.equal(gapCaption(state), true);
  assert.deepEqual(state.tokens, [{ kind: 'caption', text: '扫码观看活动视频', credit: null, startLine: 3, endLine: 3 }]);
  assert.equal(state.decisions.length, 1);
  assert.equal(state.decisions[0]?.rule, 'gap-caption');
  assert.equal(state.pos, 2);
});

test('gap-caption takes a 扫描二维码 line in a wide gap even after an unfinished paragraph', () => {
  const state = at('记者从市医保局获悉\n\n\n\n扫描二维码了解更多\n\n政策于下月实施。', 1);
  assert.equal(gapCaption(state), true);
  assert.equal(state.tokens[0]?.kind, 'caption');
});

test('gap-caption leaves a sentence that opens with 扫码, a line after an unfinished paragraph, and other lines', () => {
  assert.equal(gapCaption(at('活动在市民中心举行。\n\n扫码即可报名参加活动。', 1)), false);
  assert.equal(gapCaption(at('记者从市人社局获悉\n\n扫码进入小程序找工作', 1)), false);
  assert.equal(gapCaption(at('活动在市民中心举行。\n\n二维码墙前人头攒动', 1)), false);
  assert.equal(gapCaption(at('活动在市民中心举行。\n\n扫码进入小程序\n找工作', 1)), false);
});

test("gap-caption takes a photo essay's numbered caption alone in a wide gap under text that stops mid-sentence, and records the choice", () => {
  const state = at('厂房里却换了模样:展厅、工作室、咖啡馆\n\n\n\n3、炎陵县的高山茶园里,茶农正在采摘夏茶。\n\n错落分布,年轻人来来往往。', 1);
  state.tokens = [{ kind: 'paragraph', text: '厂房里却换了模样:展厅、工作室、咖啡馆', dateline: null, startLine: 1, endLine: 1 }];
  assert.equal(gapCaption(state), true);
  assert.deepEqual(state.tokens.at(-1), { kind: 'caption', text: '3、炎陵县的高山茶园里,茶农正在采摘夏茶。', credit: null, startLine: 5, endLine: 5 });
  assert.deepEqual(
    state.decisions.map((d) => d.evidence),
    ['a numbered sentence alone in a wide gap, under text that stops mid-sentence'],
  );
});

test("near misses: a numbered paragraph after a complete one, under a single blank line, or the digits of a code the cut split, are the story's text", () => {
  const complete = at('管制期间请绕行。\n\n\n\n3、请广大驾驶人服从现场民警指挥。', 1);
  complete.tokens = [{ kind: 'paragraph', text: '管制期间请绕行。', dateline: null, startLine: 1, endLine: 1 }];
  assert.equal(gapCaption(complete), false);
  const close = at('厂房里却换了模样:展厅、工作室、咖啡馆\n\n3、炎陵县的高山茶园里,茶农正在采摘夏茶。', 1);
  close.tokens = [{ kind: 'paragraph', text: '厂房里却换了模样:展厅、工作室、咖啡馆', dateline: null, startLine: 1, endLine: 1 }];
  assert.equal(gapCaption(close), false);
  const code = at('6月1日起,职教城新开通T\n\n\n\n32、T35两条公交线路,每15分钟一班。', 1);
  code.tokens = [{ kind: 'paragraph', text: '6月1日起,职教城新开通T', dateline: null, startLine: 1, endLine: 1 }];
  assert.equal(gapCaption(code), false, "the cut split a line's code: its digits go on");
});
