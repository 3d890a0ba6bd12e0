// The page parser on hand-made pages that put the dump's structures together in ways
// the samples do not, and on the samples' own hard spots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePage, runChain, tokenizePage } from '../../src/ingest/parse-page.ts';
import { PageState } from '../../src/ingest/page-state.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
const parse = (text: string) => parsePage(text, 'page.txt');
const shape = (text: string) =>
  parse(text).articles.map((a) => ({
    title: a.title,
    kicker: a.kicker,
    subtitle: a.subtitle,
    reporters: a.reporters,
    correspondents: a.correspondents,
    blocks: a.blocks.map((b) => `${b.type}:${b.text}`),
  }));

test('a photo-news item closed by a credit line is a story of its own, with photographers', () => {
  const { articles } = parse(fixture('photo-news-after-story.txt'));
  assert.deepEqual(
    articles.map((a) => a.title),
    ['市民热议垃圾分类新规', '荷塘区油菜花开春意浓'],
  );
  assert.deepEqual(articles[0]?.reporters, ['周圆']);
  assert.deepEqual(articles[1]?.photographers, ['李逸峰', '张芷璇']);
  assert.deepEqual(
    articles[1]?.blocks.map((b) => b.type),
    ['caption', 'paragraph'],
  );
  assert.deepEqual(articles[1]?.bylines, ['株洲日报全媒体记者/李逸峰 通讯员/张芷璇 摄']);
});

test('a headline ending in a question mark is found from the dateline under it', () => {
  const { articles, messages } = parse(fixture('headline-ending-in-question.txt'));
  assert.deepEqual(
    articles.map((a) => [a.title, a.reporters, a.correspondents]),
    [
      ['你的社保卡激活了吗?', ['王五'], []],
      ['三伏天来了', ['张三'], ['李四']],
    ],
  );
  assert.ok(
    messages.some((m) => m.rule === 'headline' && m.severity === 'warning'),
    'the recovery is reported',
  );
});

test('a bracketed label over a headline is the column; three headline lines are kicker, title, subtitle', () => {
  const [article] = parse(fixture('column-label-and-three-line-headline.txt')).articles;
  assert.deepEqual([article?.column, article?.kicker, article?.title, article?.subtitle], ['【民生关注】', '为民办实事', '老旧小区换新颜', '——石峰区改造42个老旧小区']);
  assert.deepEqual(article?.reporters, ['赵六']);
  assert.deepEqual(article?.blocks[0], { type: 'column', text: '【民生关注】', startLine: 1, endLine: 1 });
});

test('a caption at the foot of a page belongs to the story above it; the page header gives the section', () => {
  const { articles } = parse(fixture('section-page-with-caption-at-end.txt'));
  assert.equal(articles.length, 1);
  assert.deepEqual([articles[0]?.section, articles[0]?.editor, articles[0]?.pageHeader], ['城事·民生', '刘七', ['城事·民生', '责任编辑:刘七']]);
  assert.deepEqual(articles[0]?.blocks.at(-1), { type: 'caption', text: '▲夜市里人头攒动。', credit: '记者/陈驰 摄', startLine: 13, endLine: 13 });
  assert.deepEqual(articles[0]?.photographers, ['陈驰']);
});

test("stories before the first page header have no section, never the next page's", () => {
  const text = '第一篇报道\n\n株洲日报(记者/甲乙) 5月1日,活动举行。\n\n职教·观察\n\n责任编辑:丙丁\n\n第二篇报道\n\n株洲日报(记者/戊己) 5月2日,会议召开。';
  assert.deepEqual(
    parse(text).articles.map((a) => [a.title, a.section, a.editor]),
    [
      ['第一篇报道', null, null],
      ['第二篇报道', '职教·观察', '丙丁'],
    ],
  );
});

test('a subhead is told from the next headline by the byline that follows a headline', () => {
  const text = '标题一\n\n株洲日报(记者/甲乙) 5月1日,活动举行。\n\n小标题在此\n\n活动现场气氛热烈。\n\n标题二\n\n株洲日报(记者/戊己) 5月2日,会议召开。';
  assert.deepEqual(
    shape(text).map((a) => [a.title, a.blocks]),
    [
      ['标题一', ['paragraph:5月1日,活动举行。', 'subhead:小标题在此', 'paragraph:活动现场气氛热烈。']],
      ['标题二', ['paragraph:5月2日,会议召开。']],
    ],
  );
});

test('a caption between headline and byline belongs to the new story, one before the headline to the old', () => {
  const text = '标题一\n\n株洲日报(记者/甲乙) 5月1日,活动举行。\n\n\n\n老师为学生做示范。记者/甲乙 摄\n\n标题二\n\n\n\n老年人在校学习。记者/甲乙 摄\n\n株洲日报(记者/甲乙) 5月2日,总结会落幕。';
  assert.deepEqual(
    shape(text).map((a) => [a.title, a.blocks]),
    [
      ['标题一', ['paragraph:5月1日,活动举行。', 'caption:老师为学生做示范。']],
      ['标题二', ['caption:老年人在校学习。', 'paragraph:5月2日,总结会落幕。']],
    ],
  );
});

test('a caption that interrupts a broken paragraph is lifted out and the paragraph joined', () => {
  const text = '标题\n\n株洲日报(记者/甲乙) 5月1日,他经常给报社投稿,编辑的悉心指点让他收\n\n\n\n徐晨在工作中。通讯员 供图\n\n获颇丰。';
  assert.deepEqual(shape(text)[0]?.blocks, ['paragraph:5月1日,他经常给报社投稿,编辑的悉心指点让他收获颇丰。', 'caption:徐晨在工作中。']);
});

test('a caption whose credit stands on the next line keeps its credit', () => {
  const text = '标题\n\n\n\n园区、社区里,天元区组织多场游艺活动。\n\n记者/谭昕吾 摄\n\n株洲日报讯(全媒体记者/谭昕吾) 5月7日,活动举行。';
  const [article] = parse(text).articles;
  assert.deepEqual(article?.blocks[0], { type: 'caption', text: '园区、社区里,天元区组织多场游艺活动。', credit: '记者/谭昕吾 摄', startLine: 5, endLine: 7 });
});

test('an epigraph and a column label between headline and byline are kept as such', () => {
  const text = '主题在此\n\n\n\n“推动绿色发展是关键。”\n\n——摘自党的二十大报告\n\n理事有理\n\n株洲日报(全媒体记者/王娜) 5月29日,目录发布。';
  const [article] = parse(text).articles;
  assert.equal(article?.title, '主题在此');
  assert.equal(article?.column, '理事有理');
  assert.deepEqual(article?.blocks.slice(0, 2), [
    { type: 'epigraph', text: '“推动绿色发展是关键。”', attribution: '——摘自党的二十大报告', startLine: 5, endLine: 7 },
    { type: 'column', text: '理事有理', startLine: 9, endLine: 9 },
  ]);
});

test('a weather box becomes a table, its loose last row included', () => {
  const text = '天气\n\n株洲日报全媒体记者/王娜\n\n明天有雨。\n\n今天\n多云\n24~31℃\n\n明天\n中雨\n20~34℃\n\n风力 2~3级 风向 南风\n\n(市气象台5月30日16时发布)';
  const [article] = parse(text).articles;
  assert.deepEqual(
    article?.blocks.map((b) => b.type),
    ['paragraph', 'table', 'paragraph'],
  );
  assert.deepEqual(article?.blocks[1]?.rows, [['今天', '多云', '24~31℃'], ['明天', '中雨', '20~34℃'], ['风力 2~3级 风向 南风']]);
});

test('advertising boxes stay out of articles and are reported with their lines', () => {
  const text = '标题\n\n株洲日报(记者/甲乙) 5月1日,活动举行。\n\n广告\n接待\n热线\n\n28835396';
  const { articles, messages } = parse(text);
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.text),
    ['5月1日,活动举行。'],
  );
  assert.deepEqual(
    messages.filter((m) => m.rule === 'furniture').map((m) => [m.file, m.line]),
    [
      ['page.txt', 5],
      ['page.txt', 9],
    ],
  );
});

test('text before any headline is kept in an untitled article and reported', () => {
  const { articles, messages } = parse('上接第一版的文字,在此继续。\n\n标题\n\n株洲日报(记者/甲乙) 5月1日,活动举行。');
  assert.deepEqual(
    articles.map((a) => a.title),
    ['', '标题'],
  );
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.text),
    ['上接第一版的文字,在此继续。'],
  );
  assert.ok(messages.some((m) => m.rule === 'headline' && m.line === 1));
});

test('every block and article keeps its source lines', () => {
  const { articles } = parse('标题\n\n株洲日报(记者/甲乙) 5月1日,活动\n\n举行。\n\n小标题\n\n正文。');
  assert.deepEqual(articles[0]?.source, { startLine: 1, endLine: 9 });
  assert.deepEqual(
    articles[0]?.blocks.map((b) => [b.startLine, b.endLine]),
    [
      [3, 5],
      [7, 7],
      [9, 9],
    ],
  );
});

test('the parser is pure: the same text gives the same result', () => {
  const text = fixture('photo-news-after-story.txt');
  assert.deepEqual(parse(text), parse(text));
});

test('the rule chain gives one token a group, and two for a header or an epigraph', () => {
  const kinds = tokenizePage(new PageState('就业·创业\n\n责任编辑:王建设\n\n标题\n\n株洲日报全媒体记者/何春林\n通讯员/赵雷\n\n正文。', 'page.txt')).map((t) => t.kind);
  assert.deepEqual(kinds, ['header', 'heading', 'credit', 'paragraph']);
});

test('headline, byline and text left on adjacent lines are still told apart', () => {
  const text = '标题在此\n株洲日报全媒体记者/何春林\n5月1日,活动举行。\n\n\n\n现场图片。\n记者/何春林 摄';
  assert.deepEqual(shape(text), [
    {
      title: '标题在此',
      kicker: null,
      subtitle: null,
      reporters: ['何春林'],
      correspondents: [],
      blocks: ['paragraph:5月1日,活动举行。', 'caption:现场图片。'],
    },
  ]);
});

test('a headline ending in ! is found from the byline on its own line under it', () => {
  const text = '前一篇\n\n株洲日报(记者/甲乙) 5月1日，活动举行。\n\n这一天终于来了!\n\n株洲日报全媒体记者/丙丁\n\n正文。';
  assert.deepEqual(
    parse(text).articles.map((a) => [a.title, a.reporters]),
    [
      ['前一篇', ['甲乙']],
      ['这一天终于来了!', ['丙丁']],
    ],
  );
});

test("a story's short last sentence before a closing credit stays in the story", () => {
  const text = '标题\n\n株洲日报(记者/甲乙) 5月1日，活动举行。\n\n活动将持续一周。\n\n文/丙丁 图/戊己';
  const { articles } = parse(text);
  assert.deepEqual(
    articles.map((a) => [a.title, a.blocks.map((b) => b.text)]),
    [['标题', ['5月1日，活动举行。', '活动将持续一周。']]],
  );
  assert.deepEqual(articles[0]?.photographers, ['戊己']);
});

test('a brief with no byline is a story of its own when it opens with its date lead', () => {
  const text = '标题一\n\n株洲日报(记者/甲乙) 5月1日，活动举行。\n\n小标题\n\n2019年，学校成立协会。\n\n简讯标题\n\n5月2日，另一场活动举行。';
  assert.deepEqual(
    shape(text).map((a) => [a.title, a.reporters, a.blocks]),
    [
      ['标题一', ['甲乙'], ['paragraph:5月1日，活动举行。', 'subhead:小标题', 'paragraph:2019年，学校成立协会。']],
      ['简讯标题', [], ['paragraph:5月2日，另一场活动举行。']],
    ],
  );
});

test('a kicker ending in a colon belongs to the headline under it, not to the story above', () => {
  const text = '标题一\n\n株洲日报(记者/甲乙) 5月1日，活动举行。\n\n两会聚焦：\n\n代表委员热议就业\n\n株洲日报(记者/丙丁) 5月2日，会议召开。';
  assert.deepEqual(
    shape(text).map((a) => [a.kicker, a.title, a.blocks.length]),
    [
      [null, '标题一', 1],
      ['两会聚焦：', '代表委员热议就业', 1],
    ],
  );
});

test('a story gets the decisions the parser weighed on its lines, and a story with none has no decisions field', () => {
  const text = ['市民热议垃圾分类新规', '', '记者/周圆', '', '5月1日,新规实施。', '', '分类有了新标准', '', '居民纷纷点赞', '', '小区增设了分类桶。', '', '荷塘区油菜花开春意浓', '', '5月2日,油菜花开。'].join('\n');
  const { articles } = parse(text);
  assert.deepEqual(
    articles.map((a) => a.title),
    ['市民热议垃圾分类新规', '荷塘区油菜花开春意浓'],
  );
  assert.deepEqual(
    articles[0]?.blocks.map((b) => `${b.type}:${b.text}`),
    ['paragraph:5月1日,新规实施。', 'subhead:分类有了新标准', 'subhead:居民纷纷点赞', 'paragraph:小区增设了分类桶。'],
  );
  assert.deepEqual(
    articles[0]?.decisions?.map((d) => [d.rule, d.chose, d.startLine, d.endLine]),
    [['subheads', 'subhead', 7, 9]],
  );
  assert.deepEqual(
    articles[1]?.decisions?.map((d) => [d.rule, d.chose, d.evidence]),
    [['story-start', 'headline of a new story', 'a news lead follows; the story has its byline already; the paragraph before is complete']],
  );
  assert.equal('decisions' in parse('标题在此\n\n记者/周圆\n\n5月1日,新规实施。').articles[0]!, false);
});

test('a rule that takes nothing yet says it did stops its page with an error instead of holding the parse for ever', () => {
  const state = new PageState('标题\n\n正文一句。', 'page.txt');
  let calls = 0;
  const standsStill = () => {
    calls++;
    return true;
  };
  runChain(
    state,
    [{ name: 'stands-still', rule: standsStill }],
    () => state.pos,
    state.groups.length,
    () => state.groups[state.pos],
  );
  assert.equal(calls, 1);
  assert.deepEqual(
    state.messages.map((m) => [m.rule, m.severity, m.line, m.expected]),
    [['parse', 'error', 1, 'rule stands-still to move past what it took']],
  );
});

test("a genre label before a bar on a commentary's title line is its column; a short kicker over the news under it stays the kicker", () => {
  const text = '短评 | 让口袋公园装满民生温度\n\n城市的温度,往往藏在细节里。\n\n易 文\n\n国庆节前夕\n\n株洲多个景区迎来客流高峰\n\n株洲日报讯(全媒体记者/罗兰)10月1日,各景区人流如织。';
  const { articles } = parse(text);
  assert.deepEqual(
    articles.map((a) => [a.column, a.kicker, a.title, a.reporters]),
    [
      ['短评', null, '让口袋公园装满民生温度', ['易文']],
      [null, '国庆节前夕', '株洲多个景区迎来客流高峰', ['罗兰']],
    ],
  );
  assert.deepEqual(articles[0]?.blocks[0], { type: 'column', text: '短评', startLine: 1, endLine: 1 });
});
