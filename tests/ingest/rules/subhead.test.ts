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

test('after a complete paragraph, a numbered line of short clauses with commas or 、 is a subhead', () => {
  for (const line of ['一、放宽市场准入,拓展发展空间', '(二)线上、线下、外卖,一个都不少', '3.整合多方力量,服务触角延伸']) {
    assert.equal(isParagraphPiece(line, '芦淞区将社区民警纳入网格服务团队。', true), false, line);
  }
});

test('near misses: clause marks still cut a paragraph where its place or form says so', () => {
  assert.ok(isParagraphPiece('一、放宽市场准入,拓展发展空间', '清单之外的行业皆可进入。'), 'the paragraph before is not complete');
  assert.ok(isParagraphPiece('整合多方力量,服务触角延伸', '芦淞区将社区民警纳入网格服务团队。', true), 'unnumbered: a column break leaves such a piece');
  assert.ok(isParagraphPiece('一、放宽市场准入,拓', '展发展空间。', true), 'a clause cut short at the end');
  assert.ok(isParagraphPiece('一、2025年12月,省政府通报表扬', '典型经验做法。', true), 'a clause opening with a date is a lead');
  assert.ok(isParagraphPiece('一、他经常给《上海铁道报》投稿,编辑的悉心指点让他收', '获颇丰。', true), 'longer than a heading');
  assert.ok(isParagraphPiece('一、建立机制;问题处置提速', '正文。', true), 'a semicolon is a sentence\'s');
  assert.ok(isParagraphPiece('一、走访多个社区,倾听居民的', '心声。', true), 'an open word at the end');
  assert.ok(isParagraphPiece('——走访多个社区,倾听居民心声', '正文。', true), 'a dash opens a subtitle, not a number');
});
