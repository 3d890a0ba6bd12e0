import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PageState } from '../../../src/ingest/page-state.ts';
import { furnitureBlock } from '../../../src/ingest/rules/furniture-block.ts';

test('furniture-block takes a 导读 label and the groups of contents entries under it as one furniture token', () => {
  const state = new PageState('导读\n\nA02 要闻 城区新增停车位三千个 2\n\nA05 文体 市民健身节今日开幕 5\n\n神农公园荷花盛开\n\n本报讯 6月3日,神农公园荷花进入盛花期。', 'page.txt');
  assert.equal(furnitureBlock(state), true);
  assert.deepEqual(state.tokens, [
    {
      kind: 'furniture',
      text: 'table of contents (导读): 导读 A02 要闻 城区新增停车位三千个 2 A05 文体 市民健身节今日开幕 5',
      startLine: 1,
      endLine: 5,
    },
  ]);
  assert.equal(state.pos, 3, "the headline under the table is the next story's");
});

test('furniture-block takes a notice from its heading to the issuer and day signed under 特此声明', () => {
  const state = new PageState('遗失声明\n\n株洲市某某商贸有限公司遗失营业执照副本一份,特此声明。\n\n2025年6月3日\n\n芦淞区启动夏季消防检查', 'page.txt');
  assert.equal(furnitureBlock(state), true);
  assert.equal(state.pos, 3);
  assert.equal(state.tokens[0]?.kind, 'furniture');
});

test('near miss: a story headlined 公告 with a byline under it is no notice, and a 导读 label over prose no table', () => {
  const story = new PageState('公告\n\n株洲日报全媒体记者/李想\n\n市政府发布公告,特此公告。', 'page.txt');
  assert.equal(furnitureBlock(story), false);
  const prose = new PageState('导读\n\n今天的报纸讲述了一位老人守护湘江三十年的故事。', 'page.txt');
  assert.equal(furnitureBlock(prose), false);
  assert.deepEqual([story.tokens, prose.tokens, story.pos, prose.pos], [[], [], 0, 0]);
});
