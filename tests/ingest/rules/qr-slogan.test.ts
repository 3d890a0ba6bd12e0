import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { qrSlogan } from '../../../src/ingest/rules/qr-slogan.ts';

/** The state standing at the dump's group `at`. */
function at(text: string, group: number): PageState {
  const state = new PageState(text, 'page.txt');
  state.pos = group;
  return state;
}

const QR = '扫码下载“掌上株洲”客户端\n\n关注株洲日报微信公众号';

test("qr-slogan takes the slogan under the paper's QR lines, over a headline with its dateline, as the QR block's, and records the choice", () => {
  const state = at(`${QR}\n\n读株洲新闻 品城市温度\n\n天元区推行拿地即开工\n\n株洲日报讯(通讯员/柯勇)今年以来,天元区推行新模式。`, 2);
  assert.equal(qrSlogan(state), true);
  assert.equal(state.pos, 3);
  assert.deepEqual(state.tokens, [{ kind: 'furniture', text: "the paper's QR block: 读株洲新闻 品城市温度", startLine: 5, endLine: 5 }]);
  assert.deepEqual(state.decisions, [
    {
      rule: 'qr-slogan',
      chose: "the slogan of the paper's QR block",
      over: 'kicker',
      evidence: "a short line without marks right under the paper's QR lines; the headline under it has its byline or dateline",
      startLine: 5,
      endLine: 7,
    },
  ]);
});

test('qr-slogan leaves a headline the only line over its byline, a line with marks, and a line under no QR block', () => {
  assert.equal(qrSlogan(at(`${QR}\n\n天元区推行拿地即开工\n\n株洲日报讯(通讯员/柯勇)今年以来,天元区推行新模式。`, 2)), false, 'the headline itself');
  assert.equal(qrSlogan(at(`${QR}\n\n从“等地开工”到“拿地即开工”\n\n天元区审批提速\n\n记者/张三`, 2)), false, 'a kicker with quotes');
  assert.equal(qrSlogan(at('活动在市民中心举行。\n\n读株洲新闻 品城市温度\n\n天元区推行拿地即开工\n\n记者/张三', 1)), false, 'no QR block above');
  assert.equal(qrSlogan(at(`${QR}\n\n读株洲新闻 品城市温度\n\n天元区推行拿地即开工\n\n企业当天即可领证。`, 2)), false, 'no byline or dateline: the two lines may be the headline');
});
