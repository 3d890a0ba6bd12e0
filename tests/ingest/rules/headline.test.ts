import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeadingLine, splitHeadline } from '../../../src/ingest/rules/headline.ts';

test('one line is the title; a dash line below it the subtitle', () => {
  assert.deepEqual(splitHeadline(['端午假期有暴雨']), { kicker: null, title: '端午假期有暴雨', subtitle: null });
  assert.deepEqual(splitHeadline(['这件民生头等大事 株洲这样办', '——2025年全市就业创业工作全景回顾']),
    { kicker: null, title: '这件民生头等大事 株洲这样办', subtitle: '——2025年全市就业创业工作全景回顾' });
});

test('of two lines without a dash, the first is the kicker and the second the title', () => {
  assert.deepEqual(splitHeadline(['从校园快递站到连锁舞社', '一个机电少年的连续创业之旅']),
    { kicker: '从校园快递站到连锁舞社', title: '一个机电少年的连续创业之旅', subtitle: null });
});

test('three lines are kicker, title and subtitle', () => {
  assert.deepEqual(splitHeadline(['引题在上', '主题居中', '——副题在下']), { kicker: '引题在上', title: '主题居中', subtitle: '——副题在下' });
  assert.deepEqual(splitHeadline(['引题在上', '主题居中', '副题在下']), { kicker: '引题在上', title: '主题居中', subtitle: '副题在下' });
});

test('a kicker on the title line reads as a clause of its own before the last space', () => {
  assert.deepEqual(splitHeadline(['从零基础到年发稿156篇,助力讲好铁路故事 一个电机钳工的跨界成长']),
    { kicker: '从零基础到年发稿156篇,助力讲好铁路故事', title: '一个电机钳工的跨界成长', subtitle: null });
});

test('a title in two parts set apart by a space stays one title', () => {
  for (const line of ['首期青年夜校开课 学员解锁新技能', '荷塘区月塘街道 “家门口就业计划” 助力宝妈上岗', '“零距离”旁听庭审 “沉浸式”警示教育']) {
    assert.deepEqual(splitHeadline([line]), { kicker: null, title: line, subtitle: null });
  }
});

test('heading lines are short and do not end a sentence', () => {
  assert.ok(isHeadingLine('五大行动打造就业样板城'));
  assert.ok(isHeadingLine('全省技能竞赛“双第一”'));
  assert.ok(!isHeadingLine('2025年,全市组织“春风行动”集中招聘活动300余场。'));
  assert.ok(!isHeadingLine('这是一段很长的正文,它没有句末标点,但比任何标题都长得多,所以不是标题而是被分栏截断的段落'));
  assert.ok(!isHeadingLine('28835396'));
});

test('a line with a full stop inside is a sentence\'s words, not a heading: a column break cut it after the stop', () => {
  assert.ok(!isHeadingLine('盛夏如约,骄阳再起。每一次毕业,都意味着'));
  assert.ok(!isHeadingLine('“得到大家的喜爱,真的很开心。”谈'));
  assert.ok(isHeadingLine('你好!株洲'));
});
