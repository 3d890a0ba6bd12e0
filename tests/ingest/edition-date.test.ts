import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromFileName, dateFromFrontMatter, inferDateFromContent, isoDate } from '../../src/ingest/edition-date.ts';

test('file names carry dates in the common shapes', () => {
  assert.equal(dateFromFileName('2025-05-31.txt'), '2025-05-31');
  assert.equal(dateFromFileName('zzrb_20250531_A03.txt'), '2025-05-31');
  assert.equal(dateFromFileName('株洲日报2025年5月31日第3版.txt'), '2025-05-31');
  assert.equal(dateFromFileName('page_2025_5_9.txt'), '2025-05-09');
});

test('hashes, impossible days and bare numbers are not dates', () => {
  assert.equal(dateFromFileName('001_e21c4ea54b265bd1.txt'), null);
  assert.equal(dateFromFileName('a20250531b.txt'), null);
  assert.equal(dateFromFileName('20250231.txt'), null);
  assert.equal(dateFromFileName('12345678.txt'), null);
  assert.equal(isoDate(2025, 2, 29), null);
});

test("front-matter dates are read in the paper's time zone", () => {
  assert.equal(dateFromFrontMatter('2022-01-10 08:38:05 +0800'), '2022-01-10');
  assert.equal(dateFromFrontMatter(new Date('2022-01-09T16:38:05Z')), '2022-01-10');
  assert.equal(dateFromFrontMatter('yesterday'), null);
  assert.equal(dateFromFrontMatter(undefined), null);
});

test('the day comes from the latest story lead, the year from what the text reports as past', () => {
  const text = '2025年,全市新增就业。2025年12月,省政府通报表扬。2025年至2026年,新增就业12万人。1月20日晚,夜校开课。1月21日,寒潮来袭。';
  assert.equal(inferDateFromContent(text, ['1月20日晚,夜校开课。', '1月21日,寒潮来袭。'])?.date, '2026-01-21');
});

test('a target year or the far end of a span is not taken for the edition year', () => {
  const text = '《治理方案(2025—2027年)》发布。到2030年建成。5月30日,活动举行。2025年株洲市科技活动周开幕。';
  assert.equal(inferDateFromContent(text, ['5月30日,活动举行。'])?.date, '2025-05-30');
});

test('a forecast stamped on the eve dates the paper the day after', () => {
  const text = '2025年端午。5月29日,动员会举行。(市气象台5月30日16时发布)';
  assert.equal(inferDateFromContent(text, ['5月29日,动员会举行。'])?.date, '2025-05-31');
});

test('leads that straddle a new year take the January day', () => {
  assert.equal(inferDateFromContent('2025年12月底总结。', ['12月30日,总结会召开。', '1月2日,新年首场招聘会举行。'])?.date, '2026-01-02');
});

test('a class year (2025届) counts as a year mentioned', () => {
  assert.equal(inferDateFromContent('2022年9月创办舞社。2025届毕业生双选会。', ['5月9日,双选会举行。'])?.date, '2025-05-09');
});

test('no day or no year: no date, never an invented one', () => {
  assert.equal(inferDateFromContent('近日,活动举行。2025年成效显著。', ['近日,活动举行。']), null);
  assert.equal(inferDateFromContent('5月9日,双选会举行。', ['5月9日,双选会举行。']), null);
});

test('a relative day with its date pins the edition day', () => {
  assert.equal(inferDateFromContent('2025年。昨天(5月30日),活动举行。', ['6月2日,预告。'])?.date, '2025-05-31');
  assert.equal(inferDateFromContent('2025年。明天(6月1日)有雨。', [])?.date, '2025-05-31');
  assert.equal(inferDateFromContent('2025年。今天（5月31日）多云。', [])?.date, '2025-05-31');
});

test('a lead may give the year with the day', () => {
  assert.equal(inferDateFromContent('', ['2025年5月30日上午,活动举行。']), null, 'the year needs a mention in the text');
  assert.equal(inferDateFromContent('2025年5月30日上午,活动举行。', ['2025年5月30日上午,活动举行。'])?.date, '2025-05-30');
});

test('without dated leads, the latest day mentioned that is not announced ahead', () => {
  const text = '近日,2025年度评选揭晓。5月28日,评审会召开。新规将于6月15日起施行。活动持续至6月30日。';
  const inferred = inferDateFromContent(text, ['近日,2025年度评选揭晓。']);
  assert.equal(inferred?.date, '2025-05-28');
  assert.match(inferred?.evidence ?? '', /latest day mentioned/u);
});

test('a year named as a target is not the edition year', () => {
  const text = '2025年，我市推进城市更新。到2030年前完成改造，2035年远景目标纲要明确方向。';
  assert.equal(inferDateFromContent(text, ['5月30日，会议召开。'])?.date, '2025-05-30');
});

test("the date a masthead or page header prints with its weekday is the edition's, over the leads and the years mentioned", () => {
  const page = '株 洲 日 报\n\n2024年9月26日 星期四 农历甲辰年八月廿四\n\n要闻\n\n9月25日,全市秋收工作启动。到2025年底,全市将建成高标准农田50万亩。\n';
  assert.deepEqual(inferDateFromContent(page, ['9月25日,全市秋收工作启动。']), { date: '2024-09-26', evidence: 'the date the page prints, "2024年9月26日 星期四"' });
  assert.equal(inferDateFromContent('2025年6月4日(周三)\n\n6月3日,活动举行。', ['6月3日,活动举行。'])?.date, '2025-06-04', 'a bracketed 周 weekday too');
});

test('a printed date whose weekday is not its own, or a day named inside a sentence, is no edition date', () => {
  const misprint = '2024年9月26日 星期五\n\n9月26日,全市秋收工作启动。\n';
  const read = inferDateFromContent(misprint, ['9月26日,全市秋收工作启动。']);
  assert.equal(read?.date, '2024-09-26');
  assert.match(read?.evidence ?? '', /^story lead/u, 'the 26th was a Thursday: the leads decide, not the misprinted line');
  const sentence = '6月3日,市里发布通知,活动定于2025年6月10日 星期二举行。\n';
  assert.equal(inferDateFromContent(sentence, ['6月3日,市里发布通知,活动定于2025年6月10日 星期二举行。'])?.date, '2025-06-03');
});

test('a month of a year announced ahead (定于, 将于, 计划于) does not push the edition into the next year', () => {
  for (const ahead of ['定于2025年6月10日', '将于2025年7月', '计划于2025年12月']) {
    const text = `6月3日,市里发布通知,活动${ahead}举行。`;
    assert.equal(inferDateFromContent(text, [text])?.date, '2025-06-03', ahead);
  }
  const past = '6月3日,市里通报,工程已于2025年5月完工。2024年12月开工。';
  assert.equal(inferDateFromContent(past, [past])?.date, '2025-06-03');
});

test('a year reached ahead (计划排到了2026年3月) is not the edition year', () => {
  const text = '11月17日,攸县一家农机企业的生产计划已经排到了2026年3月。2025年以来,全县农机销量增长。';
  assert.equal(inferDateFromContent(text, [text])?.date, '2025-11-17');
});
