import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isParagraphPiece } from '../../../src/ingest/rules/subhead.ts';

test('complete phrases are subheads', () => {
  for (const line of ['五大行动打造就业样板城', '校园起步:两份校园报练出“笔杆子”', '“我的专业,是将工匠精神内化于心”', '线上线下双轮驱动 惠民政策深入人心']) {
    assert.equal(isParagraphPiece(line, '2025年3月,人社部发布名单。'), false, line);
  }
});

test('a line with a comma outside quotes, an open quote or a dash in mid-sentence is a piece of a paragraph', () => {
  assert.ok(isParagraphPiece('2025年12月,省政府通报表扬了', '2025年度推动高质量发展综合督查发现的典型经验做法。'));
  assert.ok(isParagraphPiece('“在家就有活干,每月可以', '赚2000多元。”'));
  assert.ok(isParagraphPiece('最富创意的环节当数“拼贴诗创作”——教师们将彼', '此的诗句裁剪成片段。'));
});

test('a line ending in a word that cannot end a phrase is a piece of a paragraph', () => {
  assert.ok(isParagraphPiece('该平台汇集了全市的', '政策和服务。'));
});

test('a next paragraph that cannot open a sentence continues the line above it', () => {
  assert.ok(isParagraphPiece('董家垅街道社区卫生服务中心负责人', '介绍,家庭医生团队通过多种方式签约。'));
  assert.ok(isParagraphPiece('该项目的负责人', '表示:将继续推进。'));
  assert.ok(isParagraphPiece('这是一座城市', '的记忆。'));
});

test('a numbered subhead is a subhead: the number\'s mark is no sentence mark', () => {
  for (const line of ['一、强化就业服务', '(二)优化创业环境', '3.打造劳务品牌']) assert.equal(isParagraphPiece(line, '正文。'), false, line);
  assert.ok(isParagraphPiece('一、强化就业服务,优化', '创业环境。'));
});

test('a line ending in a decimal point is a piece of a paragraph: a heading never ends inside a number', () => {
  assert.ok(isParagraphPiece('全年人均增收1.', '2万元以上。'));
});

test('a subtitle\'s opening dash is no mark inside a sentence: a headline with its subtitle is no paragraph piece', () => {
  assert.equal(isParagraphPiece('——石峰区改造42个老旧小区', '3月20日,荷塘区的油菜花竞相开放。'), false);
  assert.ok(isParagraphPiece('最富创意的环节当数“拼贴诗创作”——教师们将彼', '此的诗句裁剪成片段。'));
});
