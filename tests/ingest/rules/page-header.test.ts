import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorOf, isStaffLine, readPageHeader, readPageLabel } from '../../../src/ingest/rules/page-header.ts';
import { groupLines } from '../../../src/ingest/tokenize.ts';

test('a section name with the page editor a blank line below opens a page', () => {
  const groups = groupLines('职教·观察\n\n责任编辑:蒋胜全\n\n标题');
  assert.deepEqual(readPageHeader(groups, 0), { section: '职教·观察', editor: '蒋胜全', lines: ['职教·观察', '责任编辑:蒋胜全'], size: 2 });
});

test('the section and the editor may stand on adjacent lines', () => {
  const groups = groupLines('就业·创业\n责任编辑：王建设');
  assert.deepEqual(readPageHeader(groups, 0)?.section, '就业·创业');
  assert.deepEqual(readPageHeader(groups, 0)?.editor, '王建设');
});

test('an editor line alone is a header whose section was not captured', () => {
  assert.deepEqual(readPageHeader(groupLines('责任编辑:王建设'), 0)?.section, null);
});

test('other staff on the editor line are not the page editor', () => {
  assert.equal(editorOf('责任编辑:王建设 美术编辑:李四'), '王建设');
  assert.equal(editorOf('责任编辑 王建设'), '王建设');
  assert.equal(editorOf('编辑部电话'), null);
});

test('a short line not followed by an editor is no header', () => {
  assert.equal(readPageHeader(groupLines('端午假期有暴雨\n\n株洲日报全媒体记者/王娜'), 0), null);
  assert.equal(readPageHeader(groupLines('今天,多云。\n\n责任编辑:王建设'), 0), null);
});

test("the page's other staff printed by the editor belong to the header", () => {
  const groups = groupLines('就业·创业\n\n责任编辑:王建设 美术编辑:李四\n校对:赵五\n\n版式:钱六\n\n标题');
  assert.deepEqual(readPageHeader(groups, 0), { section: '就业·创业', editor: '王建设', lines: ['就业·创业', '责任编辑:王建设 美术编辑:李四', '校对:赵五', '版式:钱六'], size: 3 });
});

const header = (text: string) => readPageHeader(groupLines(text), 0);

test('a section name with its page label gives the page and the section apart', () => {
  assert.deepEqual(header('A03 要闻\n\n责任编辑:王建设\n\n标题'), { section: '要闻', editor: '王建设', lines: ['A03 要闻', '责任编辑:王建设'], size: 2, page: 'A03' });
  assert.deepEqual([header('A3版 要闻\n责任编辑:王建设')?.page, header('A3版 要闻\n责任编辑:王建设')?.section], ['A3版', '要闻']);
  assert.deepEqual([header('要闻 A03\n\n责任编辑:王建设')?.page, header('要闻 A03\n\n责任编辑:王建设')?.section], ['A03', '要闻']);
  assert.deepEqual([header('05 职教·观察\n\n责任编辑:王建设')?.page, header('05 职教·观察\n\n责任编辑:王建设')?.section], ['05', '职教·观察']);
  assert.deepEqual([header('A03\n要闻\n责任编辑:王建设')?.page, header('A03\n要闻\n责任编辑:王建设')?.section], ['A03', '要闻']);
});

test('a page label opens a page without staff under it; a bare number only with staff', () => {
  assert.deepEqual(header('第5版\n\n标题'), { section: null, editor: null, lines: ['第5版'], size: 1, page: '第5版' });
  assert.deepEqual(header('A03 要闻\n\n标题')?.section, '要闻');
  assert.equal(header('12 个项目签约\n\n株洲日报全媒体记者/王娜'), null, 'a headline that opens with a number');
  assert.equal(header('05 端午假期有暴雨,市民注意出行安全。\n\n责任编辑:王建设'), null, 'a sentence is no section');
  assert.deepEqual(readPageLabel('A03版:要闻'), { page: 'A03版', section: '要闻' });
  assert.deepEqual(readPageLabel('第A04版:城事'), { page: '第A04版', section: '城事' }, "the e-paper site's form");
  assert.deepEqual(header('第A04版:城事\n\n标题')?.section, '城事');
  assert.deepEqual(readPageLabel('株洲晚报 2025年08月21日 A04版:城事'), { page: 'A04版', section: '城事' }, "after the paper's name and the day");
  assert.equal(readPageLabel('株洲晚报 2025年08月21日'), null, "the name and the day alone are the masthead's");
  assert.equal(readPageLabel('株洲日报 2025年01月08日 消费季启动'), null, 'no label: a headline is no section');
  assert.equal(header('A02 市政府常务会议研究部署防汛工作\n\nA05 “厂BA”醴陵赛区决出八强\n\n标题'), null, 'labelled lines in a row are a table of contents');
  assert.equal(readPageLabel('2025 年度报告发布'), null, 'a year is no page label');
});

test('staff lines, several on a line or on several lines, with the page editor among them or not printed', () => {
  assert.deepEqual(header('要闻\n\n美术编辑:李四 校对:赵五\n\n版式:钱六'), { section: '要闻', editor: null, lines: ['要闻', '美术编辑:李四 校对:赵五', '版式:钱六'], size: 3 });
  assert.equal(header('美术编辑:李四 责任编辑:王建设\n校对:赵五')?.editor, '王建设', 'the page editor not first');
  assert.equal(header('校对:赵五'), null, 'staff alone, no editor and no section, open no page');
  assert.ok(isStaffLine('美术编辑:李四 校对:赵五 版式:钱六'));
  assert.ok(!isStaffLine('编辑:这篇稿件讲述了一个故事。'));
});

test('the label, the section name and the staff each in a group of its own are one header, the label apart from the section', () => {
  const groups = groupLines('第6版\n\n城事\n\n责任编辑:孟 洁\n\n美术编辑:付 强\n\n神农城夜市提质改造完工');
  assert.deepEqual(readPageHeader(groups, 0), { section: '城事', editor: '孟 洁', page: '第6版', lines: ['第6版', '城事', '责任编辑:孟 洁', '美术编辑:付 强'], size: 4 });
});

test('near miss: a label alone over a short line with no staff under it takes no headline as its section', () => {
  const groups = groupLines('第6版\n\n夜市提质改造完工\n\n株洲日报讯(全媒体记者/巫晨)6月1日,神农城夜市完工。');
  assert.deepEqual(readPageHeader(groups, 0), { section: null, editor: null, page: '第6版', lines: ['第6版'], size: 1 });
});
