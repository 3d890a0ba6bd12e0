import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeadingLine, readColumnLabel, readHeadline, splitHeadline } from '../../../src/ingest/rules/headline.ts';

test('one line is the title; a dash line below it the subtitle', () => {
  assert.deepEqual(splitHeadline(['端午假期有暴雨']), { kicker: null, title: '端午假期有暴雨', subtitle: null });
  assert.deepEqual(splitHeadline(['这件民生头等大事 株洲这样办', '——2025年全市就业创业工作全景回顾']), { kicker: null, title: '这件民生头等大事 株洲这样办', subtitle: '——2025年全市就业创业工作全景回顾' });
});

test('of two lines without a dash, the first is the kicker and the second the title', () => {
  assert.deepEqual(splitHeadline(['从校园快递站到连锁舞社', '一个机电少年的连续创业之旅']), { kicker: '从校园快递站到连锁舞社', title: '一个机电少年的连续创业之旅', subtitle: null });
});

test('three lines are kicker, title and subtitle', () => {
  assert.deepEqual(splitHeadline(['引题在上', '主题居中', '——副题在下']), { kicker: '引题在上', title: '主题居中', subtitle: '——副题在下' });
  assert.deepEqual(splitHeadline(['引题在上', '主题居中', '副题在下']), { kicker: '引题在上', title: '主题居中', subtitle: '副题在下' });
});

test('a kicker on the title line reads as a clause of its own before the last space', () => {
  assert.deepEqual(splitHeadline(['从零基础到年发稿156篇,助力讲好铁路故事 一个电机钳工的跨界成长']), { kicker: '从零基础到年发稿156篇,助力讲好铁路故事', title: '一个电机钳工的跨界成长', subtitle: null });
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

test("a line with a full stop inside is a sentence's words, not a heading: a column break cut it after the stop", () => {
  assert.ok(!isHeadingLine('盛夏如约,骄阳再起。每一次毕业,都意味着'));
  assert.ok(!isHeadingLine('“得到大家的喜爱,真的很开心。”谈'));
  assert.ok(isHeadingLine('你好!株洲'));
});

test('of two lines without a dash, a first line that states the news with its subject is the title, the second its subtitle; the reading is given', () => {
  assert.deepEqual(readHeadline(['我市出台夜间经济扶持新规', '首批12条特色街区挂牌']), {
    headline: { kicker: null, title: '我市出台夜间经济扶持新规', subtitle: '首批12条特色街区挂牌' },
    reading: { chose: 'title and subtitle', over: 'kicker and title', evidence: 'the first line states the news with its subject (我市); the second, without one, explains it' },
  });
  assert.deepEqual(readHeadline(['株洲开展消防安全大检查', '全市排查隐患1200余处']).headline, { kicker: null, title: '株洲开展消防安全大检查', subtitle: '全市排查隐患1200余处' });
});

test('a kicker that leads in stays the kicker: short, or over a title that opens with the subject, or where neither line has one', () => {
  const read = (lines: string[]) => {
    const { headline, reading } = readHeadline(lines);
    return [headline.kicker, headline.title, headline.subtitle, reading?.evidence];
  };
  assert.deepEqual(read(['国庆节前夕', '株洲多个景区迎来客流高峰']), ['国庆节前夕', '株洲多个景区迎来客流高峰', null, 'the first line is short (5 characters): it leads into the second']);
  assert.deepEqual(read(['坚持稳中求进 加快转型升级', '全市召开经济工作会议']), ['坚持稳中求进 加快转型升级', '全市召开经济工作会议', null, 'the second line states the news with its subject (全市); the first leads into it']);
  assert.deepEqual(read(['从“田间地头”到“餐桌舌尖”', '一颗辣椒的产业链之旅']), ['从“田间地头”到“餐桌舌尖”', '一颗辣椒的产业链之旅', null, 'neither line opens with its subject: the first is read as the kicker']);
  assert.equal(readHeadline(['株洲首条跨江隧道主体贯通', '——预计明年上半年建成通车']).reading, null, 'a dash marks the subtitle: no choice to make');
  assert.equal(readHeadline(['端午假期有暴雨']).reading, null);
});

test("a short name before a bar on the title's line is a column label; a title whose first part is no short name keeps its bar", () => {
  assert.deepEqual(readColumnLabel(['短评 | 让口袋公园装满民生温度'], false), { label: '短评', lines: ['让口袋公园装满民生温度'], evidence: "a short name before a bar on the title's line" });
  assert.deepEqual(readColumnLabel(['百姓说事｜小区停车难怎么破', '——记者走访三个老旧小区'], false)?.lines, ['小区停车难怎么破', '——记者走访三个老旧小区']);
  assert.equal(readColumnLabel(['天元区推行“拿地即开工” | 企业当天拿证'], false), null);
  assert.equal(readColumnLabel(['短评 | 好'], false), null, 'too little after the bar to be a title');
});

test('a short name alone over a longer title is a column label where it names an opinion genre or heads a commentary; a short kicker over news is not', () => {
  assert.deepEqual(readColumnLabel(['来论', '老街改造要留住烟火气'], false), { label: '来论', lines: ['老街改造要留住烟火气'], evidence: 'a short name of an opinion genre alone over the title' });
  assert.equal(readColumnLabel(['湘江时评', '莫让形式主义卷土重来'], false)?.label, '湘江时评');
  assert.equal(readColumnLabel(['百姓说事', '小区停车难怎么破'], true)?.label, '百姓说事', 'over a commentary');
  assert.equal(readColumnLabel(['百姓说事', '小区停车难怎么破'], false), null, 'over news with its byline it may be the kicker');
  assert.equal(readColumnLabel(['国庆节前夕', '株洲多个景区迎来客流高峰'], false), null);
  assert.equal(readColumnLabel(['短评', '好评'], true), null, 'no shorter than the title: no label over it');
  assert.equal(readColumnLabel(['聚焦“两新”政策', '以旧换新激活消费'], true), null, "marks are no label's");
  assert.equal(readColumnLabel(['让口袋公园装满民生温度'], true), null);
});

test("a short name in brackets before the title on its line is a column label; a bracket holding more is the title's", () => {
  assert.deepEqual(readColumnLabel(['【短评】让口袋公园装满民生温度'], false), { label: '【短评】', lines: ['让口袋公园装满民生温度'], evidence: 'a short name in brackets before the title on its line' });
  assert.equal(readColumnLabel(['【“两新”政策落地见效】以旧换新激活消费'], false), null, 'quotes inside: no name');
  assert.equal(readColumnLabel(['【短评】好文'], false), null);
});
