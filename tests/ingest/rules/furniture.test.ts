import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FURNITURE_NAMES, furnitureKind, isFurniture, readFurnitureBlock } from '../../../src/ingest/rules/furniture.ts';
import { groupLines } from '../../../src/ingest/tokenize.ts';
import { parsePage } from '../../../src/ingest/parse-page.ts';

const group = (text: string) => groupLines(text)[0] as NonNullable<ReturnType<typeof groupLines>[0]>;

test('an advertising box is short fragments around an advertising word', () => {
  assert.ok(isFurniture(group('广告\n接待\n热线'), false));
  assert.ok(isFurniture(group('招商热线'), false));
});

test('a phone number standing alone is furniture', () => {
  assert.ok(isFurniture(group('28835396'), true));
  assert.ok(isFurniture(group('0731-28835396'), false));
});

test('stories, headlines and tables are not furniture', () => {
  assert.ok(!isFurniture(group('广告行业迎来新变化'), false), 'a headline about advertising is longer than a box fragment');
  assert.ok(!isFurniture(group('今天\n多云有分散性阵雨或雷阵雨\n24~31℃'), false));
  assert.ok(!isFurniture(group('2025'), true), 'a year is not a phone number');
  assert.ok(!isFurniture(group('热线电话:12345。'), false), 'a sentence is not a box');
});

const kind = (text: string) => furnitureKind(group(text), false);
const block = (text: string) => readFurnitureBlock(groupLines(text), 0);

test('the masthead and footer lines of page 1, each by its form', () => {
  for (const line of [
    '株 洲 日 报',
    '株 洲 晚 报',
    '国内统一连续出版物号 CN43-0022',
    '邮发代号 41-2',
    '邮发代号:41-2',
    '第12345期 总第23456期',
    '总第23456期',
    '本期8版',
    '2025年5月31日 星期六 农历乙巳年五月初五',
    '星期六 农历乙巳年五月初五',
    '主管主办:株洲日报社',
    '主管:中共株洲市委 主办:株洲日报社',
  ])
    assert.equal(kind(line), 'masthead', line);
  assert.equal(kind('株 洲 日 报\n国内统一连续出版物号 CN43-0022\n邮发代号 41-2\n2025年5月31日 星期六'), 'masthead', "the masthead's lines together");
});

test("hotlines, staff lines, the paper's QR blocks and the e-paper site's links each have their kind", () => {
  assert.equal(kind('新闻热线:28827110 广告热线:28835396'), 'hotline');
  assert.equal(kind('发行热线 0731-28222222'), 'hotline');
  assert.equal(kind('美术编辑:李四 校对:赵五'), 'staff');
  assert.equal(kind('版式:钱六\n校对:赵五'), 'staff');
  assert.equal(kind('扫码下载掌上株洲客户端'), 'app-qr');
  assert.equal(kind('关注株洲日报微信公众号'), 'app-qr');
  for (const line of ['上一篇', '下一篇:端午假期有暴雨', '返回目录', '版面导航']) assert.equal(kind(line), 'site-navigation', line);
  assert.equal(kind('--> 2025-05-31 A03 -->'), 'site-comment');
  assert.equal(kind('广告\n接待\n热线'), 'advertising');
  assert.equal(kind('0731-28835396'), 'phone');
  for (const k of ['masthead', 'hotline', 'staff', 'app-qr', 'site-navigation', 'site-comment', 'contents', 'notice'] as const) assert.ok(FURNITURE_NAMES[k], k);
});

test("prose and headlines that share a masthead's or a QR block's words stay the story's", () => {
  for (const text of ['春 风 行 动', '5月31日,星期六,天气晴。', '2025年5月31日', '市民可关注“株洲人社”微信公众号报名。', '本报坚持主管主办单位的要求,办好报纸。', '上一篇文章说到的那位老人,今年八十岁了。', '热线电话:12345。']) assert.equal(kind(text), null, text);
});

test('a 导读 label and its lines of page, headline and page number are one block', () => {
  assert.deepEqual(block('导读\nA02 我市新增就业岗位3万个\nA05 端午假期出行请注意……05\n\n标题'), { kind: 'contents', size: 1 });
  assert.deepEqual(block('今日导读\n\n02版 我市新增就业岗位3万个\n\n端午假期出行请注意 05\n\n株洲日报全媒体记者/王娜'), { kind: 'contents', size: 3 });
  assert.equal(block('导读\n\n近日,全市开展安全检查。'), null, 'a label without entries under it');
});

test("lines of page and headline in a row are a table of contents without a label; one alone is a page header's", () => {
  assert.deepEqual(block('A02 市政府常务会议研究部署防汛工作\n\nA05 “厂BA”醴陵赛区决出八强\n\nA07 暑期托管班报名开始\n\n标题'), { kind: 'contents', size: 3 });
  assert.deepEqual(block('A02 市政府常务会议研究部署防汛工作\nA05 “厂BA”醴陵赛区决出八强\n\n标题'), { kind: 'contents', size: 1 });
  assert.equal(block('A06 经济·产业\n\n责任编辑:孙婕'), null, 'a page header with its staff under it');
  assert.equal(block('A03 要闻\n\n全市重点项目全面打响'), null);
});

test('a classified notice closes with 特此公告 or 声明作废, its issuer, day and phone under it', () => {
  assert.deepEqual(block('遗失声明\n\n张三遗失株洲市某某公司营业执照副本,声明作废。\n\n端午假期有暴雨'), { kind: 'notice', size: 2 }, 'the headline after it is not its signature');
  assert.deepEqual(block('减资公告\n\n株洲某某有限公司经股东会决议,注册资本由100万元减至50万元。请债权人自见报之日起45日内向本公司申报债权。特此公告。\n\n株洲某某有限公司\n2025年5月31日\n\n联系电话:13800000000\n\n端午假期有暴雨'), { kind: 'notice', size: 4 });
  assert.deepEqual(block('声明\n本人李四不慎遗失身份证,特此声明。'), { kind: 'notice', size: 1 });
  assert.deepEqual(block('公 告\n\n株洲某某有限公司定于2025年6月10日召开股东会。\n\n特此公告。\n\n株洲某某有限公司\n\n2025年5月20日\n\n端午假期有暴雨'), { kind: 'notice', size: 5 }, 'a letter-spaced heading');
});

test('a news story headlined 公告 has a byline or runs on in prose: it is no notice', () => {
  assert.equal(block('公告\n\n株洲日报全媒体记者/王娜\n\n近日,市政府发布公告。特此公告。'), null);
  assert.equal(block('公告\n\n本报讯 近日,市政府发布公告。特此公告。'), null, 'a dateline');
  assert.equal(block('公告\n\n5月30日,市政府发布一则公告,引起市民热议。公告称,今年将新建公园十座。'), null, 'no closing words');
});

test('an e-paper comment may take several groups, up to the --> that closes it', () => {
  assert.deepEqual(block('-->\n2025-05-31\n\nA03\n-->\n\n标题'), { kind: 'site-comment', size: 2 });
  assert.equal(block('-->\n\n标题\n\n正文。'), null, 'never closed: nothing is swallowed');
});

test("the parser keeps page 1's masthead out of the story under it and reports it", () => {
  const page = '株 洲 日 报\n国内统一连续出版物号 CN43-0022\n\n端午假期有暴雨\n\n株洲日报全媒体记者/王娜\n\n5月30日,市气象台发布预报。\n\n新闻热线:28827110 广告热线:28835396';
  const { articles, messages } = parsePage(page, 'p.txt');
  assert.equal(articles.length, 1);
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.text),
    ['5月30日,市气象台发布预报。'],
  );
  assert.deepEqual(
    messages.filter((m) => m.rule === 'furniture').map((m) => m.line),
    [1, 10],
  );
});

test('masthead and footer lines made of their pieces side by side: issue, lunar day, publisher, footer facts, the Latin name', () => {
  for (const text of ['第12893期 总第12893期 今日8版', '2025年6月4日 星期三 乙巳年五月初九 今日16版', '中共株洲市委主管主办 株洲日报社出版', '株洲日报社主管主办', '本报地址:株洲市天元区湘芸中路 印刷:株洲日报社印务中心', '本期8版 零售价:1.50元', 'ZHUZHOU EVENING NEWS'])
    assert.equal(kind(text), 'masthead', text);
  assert.equal(kind('“株洲晚报”App 扫一扫 下载客户端'), 'app-qr');
});

test("near misses of the masthead's pieces: a day alone, a headline naming a publisher, a sentence with a price, an acronym", () => {
  for (const text of ['2025年6月4日', '株洲日报社举办主管主办单位座谈会', '零售价:1.50元的报纸,你还会买吗?', 'CRRC', '全市八成市民会下载政务客户端办事']) assert.equal(kind(text), null, text);
});

test("the e-paper site's links side by side on one line are its navigation; a sentence that starts with one is not", () => {
  assert.equal(kind('上一篇   下一篇'), 'site-navigation');
  assert.equal(kind('返回版面 返回目录'), 'site-navigation');
  assert.equal(kind('上一篇 文章说到的那位老人'), null);
});

test('an advertising box from its label through its slogan to the phone closing it is one block', () => {
  assert.deepEqual(block('广告\n\n湘江一号·云邸 江景大宅 现房发售\n\n售楼热线:0731-22333333\n\n下一个标题'), { kind: 'advertising', size: 3 });
});

test('near miss: a label over a headline and its story, with no phone closing it, takes nothing past the label', () => {
  assert.equal(block('广告\n\n我市整治违规户外广告\n\n株洲日报讯(全媒体记者/王娜)6月2日,市城管局开展整治。'), null);
  assert.equal(block('广告\n\n售楼热线:0731-22333333'), null, 'a label and its phone alone are single groups, for furnitureKind');
});

test('a notice that closes with whom to call is closed there; a hotline line may carry an advertising label before it', () => {
  assert.deepEqual(block('公告\n\n某某物流有限公司注册资本由1000万元减少至500万元,请债权人向本公司申报债权。联系电话:13800000000\n\n端午假期有暴雨'), { kind: 'notice', size: 2 });
  assert.equal(kind('分类广告 刊登热线:28829120'), 'hotline');
  assert.equal(block('公告\n\n市政府发布公告,明日起城区部分道路施工,市民出行请绕行。\n\n端午假期有暴雨'), null, 'neither closing words nor a contact');
  assert.equal(kind('市民可拨打 热线电话:28829120'), null, 'a phrase before the hotline, not a label');
});

test('a notice signed with its contact and phone in a group under its text closes there; a phone right under the heading signs nothing', () => {
  assert.deepEqual(block('注销公告\n\n某某科技有限公司拟申请注销登记,请债权人向清算组申报债权。\n\n清算组联系人:郭先生 电话:13900000000\n\n端午假期有暴雨'), { kind: 'notice', size: 3 });
  assert.equal(block('注销公告\n\n联系人:郭先生 电话:13900000000\n\n端午假期有暴雨'), null);
});

test('a notice signed with its issuer and its day each in a group of its own closes at the day; an issuer over a headline signs nothing', () => {
  assert.deepEqual(block('股权转让公告\n\n本公司股东王某将其持有的30%股权转让给李某。特此公告。\n\n株洲市某某机械制造有限公司\n\n2025年6月4日\n\n端午假期有暴雨'), { kind: 'notice', size: 4 });
  assert.deepEqual(block('股权转让公告\n\n本公司股东王某将其持有的30%股权转让给李某。特此公告。\n\n株洲市某某机械制造有限公司\n\n端午假期有暴雨\n\n株洲日报讯(记者/张三)近日,活动举行。'), { kind: 'notice', size: 2 });
});
