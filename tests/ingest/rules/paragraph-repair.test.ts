import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairParagraphs } from '../../../src/ingest/rules/paragraph-repair.ts';
import type { Block } from '../../../src/ingest/types.ts';

let line = 0;
const p = (text: string): Block => ({ type: 'paragraph', text, startLine: ++line, endLine: line });
const c = (text: string): Block => ({ type: 'caption', text, startLine: ++line, endLine: line });
const s = (text: string): Block => ({ type: 'subhead', text, startLine: ++line, endLine: line });

test('a paragraph cut by a column break is joined to its continuation', () => {
  const out = repairParagraphs([p('把田心片区打造成为产城融'), p('合样本、基层治理典范。'), p('会上,各方签约。')]);
  assert.deepEqual(
    out.map((b) => b.text),
    ['把田心片区打造成为产城融合样本、基层治理典范。', '会上,各方签约。'],
  );
  assert.equal(out[0]?.endLine, (out[0]?.startLine ?? 0) + 1, 'the joined paragraph spans both source lines');
});

test('a caption in the cut is lifted out and set after the joined paragraph', () => {
  const out = repairParagraphs([p('编辑的悉心指点让他收'), c('徐晨在工作中。'), p('获颇丰。从最初只能发表一些文章。')]);
  assert.deepEqual(
    out.map((b) => [b.type, b.text]),
    [
      ['paragraph', '编辑的悉心指点让他收获颇丰。从最初只能发表一些文章。'],
      ['caption', '徐晨在工作中。'],
    ],
  );
});

test('a paragraph cut twice is joined twice', () => {
  assert.deepEqual(
    repairParagraphs([p('一'), p('二'), p('三。')]).map((b) => b.text),
    ['一二三。'],
  );
});

test('paragraphs that end their sentence, and subheads, are never joined', () => {
  const out = repairParagraphs([p('第一段。'), p('第二段”'), s('小标题'), p('第三段。')]);
  assert.deepEqual(
    out.map((b) => b.text),
    ['第一段。', '第二段”', '小标题', '第三段。'],
  );
});

test('an unfinished last paragraph stays as it is', () => {
  assert.deepEqual(
    repairParagraphs([p('市人社局相关负责人介绍,5月上旬,我省')]).map((b) => b.text),
    ['市人社局相关负责人介绍,5月上旬,我省'],
  );
});

test('a paragraph ending in a jump line is not joined to what follows on the page', () => {
  const out = repairParagraphs([p('重点支持荷塘区、芦淞区的'), p('(下转第3版)'), p('荷塘区新增口袋公园,')]);
  assert.deepEqual(
    out.map((b) => b.text),
    ['重点支持荷塘区、芦淞区的(下转第3版)', '荷塘区新增口袋公园,'],
  );
});

test('a number cut at its decimal point by a column break is joined again', () => {
  assert.deepEqual(
    repairParagraphs([p('目前平台注册用户已超2万人,累计服务企业1.'), p('2万家。')]).map((b) => b.text),
    ['目前平台注册用户已超2万人,累计服务企业1.2万家。'],
  );
});

const box = (text: string, kind: Block['box'], label?: string): Block => ({ type: 'box', box: kind, text, ...(label ? { label } : {}), startLine: ++line, endLine: line });

test("a box's paragraph cut by a column break goes on in the paragraph under it or in its own box, and stays in the box", () => {
  const out = repairParagraphs([box('答:我是村里走出去的第一个', 'qa'), p('大学生。'), box('采访结束时已是', 'notebook', '记者手记'), box('晚上9点。', 'notebook')]);
  assert.deepEqual(
    out.map((b) => [b.type, b.box, b.text]),
    [
      ['box', 'qa', '答:我是村里走出去的第一个大学生。'],
      ['box', 'notebook', '采访结束时已是晚上9点。'],
    ],
  );
  assert.equal(out[1]?.label, '记者手记');
});

test("a box never goes on in another box, a labelled one, or a data box's lines; a paragraph never goes on in a box", () => {
  const cut = [box('什么是城市慢行系统', 'related', '延伸阅读'), box('去年,我市建成绿道56公里。', 'related', '新闻链接')];
  assert.equal(repairParagraphs(cut).length, 2);
  assert.equal(repairParagraphs([box('问:怎么办理', 'qa'), box('答:线上办理。', 'notebook')]).length, 2);
  assert.equal(repairParagraphs([box('618.4亿元', 'data', '数说'), box('前5个月全市社会消费品零售总额', 'data')]).length, 2);
  assert.equal(repairParagraphs([p('记者了解到'), box('编后:这样的坚守值得点赞。', 'editors-note', '编后')]).length, 2);
});

test("no sentence goes on in a date alone on its line: a notice's issuer and the day it is signed stay two lines", () => {
  const out = repairParagraphs([p('三、请广大驾驶人服从现场民警指挥。'), p('株洲市公安局交通警察支队'), p('2025年5月28日')]);
  assert.deepEqual(
    out.map((b) => b.text),
    ['三、请广大驾驶人服从现场民警指挥。', '株洲市公安局交通警察支队', '2025年5月28日'],
  );
  assert.deepEqual(
    repairParagraphs([p('株洲市公安局'), p('二〇二五年五月二十八日')]).map((b) => b.text),
    ['株洲市公安局', '二〇二五年五月二十八日'],
  );
});

test('near miss: a cut paragraph goes on in a line opening with a date', () => {
  assert.deepEqual(
    repairParagraphs([p('活动定于'), p('2025年5月28日举行。')]).map((b) => b.text),
    ['活动定于2025年5月28日举行。'],
  );
});
