import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isParagraphPiece, sharesForm } from '../../../src/ingest/rules/subhead.ts';

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

test("a numbered subhead is a subhead: the number's mark is no sentence mark", () => {
  for (const line of ['一、强化就业服务', '(二)优化创业环境', '3.打造劳务品牌']) assert.equal(isParagraphPiece(line, '正文。'), false, line);
  assert.ok(isParagraphPiece('一、强化就业服务,优化', '创业环境。'));
});

test('a line ending in a decimal point is a piece of a paragraph: a heading never ends inside a number', () => {
  assert.ok(isParagraphPiece('全年人均增收1.', '2万元以上。'));
});

test("a subtitle's opening dash is no mark inside a sentence: a headline with its subtitle is no paragraph piece", () => {
  assert.equal(isParagraphPiece('——石峰区改造42个老旧小区', '3月20日,荷塘区的油菜花竞相开放。'), false);
  assert.ok(isParagraphPiece('最富创意的环节当数“拼贴诗创作”——教师们将彼', '此的诗句裁剪成片段。'));
});

const AFTER_COMPLETE = { afterComplete: true, sibling: false };
const WITH_SIBLING = { afterComplete: true, sibling: true };

test('after a complete paragraph, a numbered line of short clauses with commas or 、 is a subhead', () => {
  for (const line of ['一、放宽市场准入,拓展发展空间', '(二)线上、线下、外卖,一个都不少', '3.整合多方力量,服务触角延伸']) {
    assert.equal(isParagraphPiece(line, '芦淞区将社区民警纳入网格服务团队。', AFTER_COMPLETE), false, line);
  }
});

test('near misses: clause marks still cut a paragraph where its place or form says so', () => {
  assert.ok(isParagraphPiece('一、放宽市场准入,拓展发展空间', '清单之外的行业皆可进入。'), 'the paragraph before is not complete');
  assert.ok(isParagraphPiece('整合多方力量,服务触角延伸', '芦淞区将社区民警纳入网格服务团队。', AFTER_COMPLETE), 'unnumbered: a column break leaves such a piece');
  assert.ok(isParagraphPiece('一、放宽市场准入,拓', '展发展空间。', AFTER_COMPLETE), 'a clause cut short at the end');
  assert.ok(isParagraphPiece('一、2025年12月,省政府通报表扬', '典型经验做法。', AFTER_COMPLETE), 'a clause opening with a date is a lead');
  assert.ok(isParagraphPiece('一、他经常给《上海铁道报》投稿,编辑的悉心指点让他收', '获颇丰。', AFTER_COMPLETE), 'longer than a heading');
  assert.ok(isParagraphPiece('一、建立机制;问题处置提速', '正文。', AFTER_COMPLETE), "a semicolon is a sentence's");
  assert.ok(isParagraphPiece('一、走访多个社区,倾听居民的', '心声。', AFTER_COMPLETE), 'an open word at the end');
  assert.ok(isParagraphPiece('——走访多个社区,倾听居民心声', '正文。', AFTER_COMPLETE), 'a dash opens a subtitle, not a number');
});

test('after a complete paragraph, a line of short clauses with a sibling subhead of its form is a subhead', () => {
  for (const line of ['整合多方力量,服务触角延伸', '线上、线下、外卖,一个都不少', '建立“吹哨报到”机制,问题处置提速']) {
    assert.equal(isParagraphPiece(line, '芦淞区将社区民警纳入网格服务团队，每月上门走访。', WITH_SIBLING), false, line);
  }
});

test('near misses: a sibling does not make a subhead of a piece its place or form cuts', () => {
  assert.ok(isParagraphPiece('整合多方力量,服务触角延伸', '芦淞区将社区民警纳入网格服务团队。', { afterComplete: false, sibling: true }), 'the paragraph before is not complete');
  assert.ok(isParagraphPiece('记者了解到,这', '次活动吸引了众多市民。', WITH_SIBLING), 'a clause cut short at the end');
  assert.ok(isParagraphPiece('走访多个社区,倾听居民的', '心声。', WITH_SIBLING), 'an open word at the end');
  assert.ok(isParagraphPiece('整合多方力量,服务触角延伸', '介绍,社区民警纳入网格服务团队。', WITH_SIBLING), 'the next paragraph continues its sentence');
  assert.ok(isParagraphPiece('——走访多个社区,倾听居民心声', '正文。', WITH_SIBLING), 'a dash opens a subtitle');
  assert.ok(isParagraphPiece('整合多方力量,服务触角', '延伸到每个楼栋。', WITH_SIBLING), 'the text under it finishes its sentence at once');
});

test('subheads of one story share a form: clause marks, numbered or not, a like length', () => {
  assert.ok(sharesForm('整合多方力量,服务触角延伸', '用好数字平台,治理更加精准'));
  assert.ok(sharesForm('线上、线下、外卖,一个都不少', '“年轻人愿意来,老店才有未来”'), 'clause marks inside quotes count');
  assert.ok(!sharesForm('整合多方力量,服务触角延伸', '强化就业服务'), 'a plain subhead has no clause marks');
  assert.ok(!sharesForm('整合多方力量,服务触角延伸', '二、用好数字平台,治理更加精准'), 'one numbered, one not');
  assert.ok(!sharesForm('整合多方力量,服务触角延伸', '建设,启动'), 'of unlike length');
});
