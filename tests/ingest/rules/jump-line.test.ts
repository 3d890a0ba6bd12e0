import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadingJumpLine, normalisePage, readJumpLine, trailingJumpLine } from '../../../src/ingest/rules/jump-line.ts';
import { parsePage } from '../../../src/ingest/parse-page.ts';

test('a jump line in every printed form: brackets of either width, spaces, 第N版, AN版, N版, 第A3版', () => {
  const forms: Array<[string, string, string]> = [
    ['(下转第3版)', 'on', '3'],
    ['（下转第3版）', 'on', '3'],
    ['( 下转 第 3 版 )', 'on', '3'],
    ['(转A3版)', 'on', 'A3'],
    ['（下转A03版）', 'on', 'A3'],
    ['(下转第A3版)', 'on', 'A3'],
    ['(转5版)', 'on', '5'],
    ['(续第2版)', 'on', '2'],
    ['（下转第３版）', 'on', '3'],
    ['（转Ａ３版）', 'on', 'A3'],
    ['(上接第1版)', 'from', '1'],
    ['（紧接第1版）', 'from', '1'],
    ['(上接A1版)', 'from', 'A1'],
    ['（上接第01版）', 'from', '1'],
    ['(接第1版)', 'either', '1'],
  ];
  for (const [text, direction, page] of forms) assert.deepEqual(readJumpLine(text), { direction, page, text: text.trim() }, text);
});

test('near misses are no jump lines: a reprint note, a page mentioned in a sentence, a bracket of other words', () => {
  for (const text of ['(转载自人民网)', '（转载自《湖南日报》）', '详见本报第3版。', '本报第3版刊发了相关报道。', '(详见第3版)', '(第3版)', '(下转)']) {
    assert.equal(readJumpLine(text), null, text);
    assert.equal(trailingJumpLine(text), null, text);
    assert.equal(leadingJumpLine(text), null, text);
  }
});

test("glued after a story's last words, and before a continuation's first words", () => {
  assert.deepEqual(trailingJumpLine('努力让改造成果群众满意。(转A3版)'), { jump: { direction: 'on', page: 'A3', text: '(转A3版)' }, rest: '努力让改造成果群众满意。' });
  assert.deepEqual(trailingJumpLine('重点支持荷塘区、芦淞区的（下转第3版）'), { jump: { direction: 'on', page: '3', text: '（下转第3版）' }, rest: '重点支持荷塘区、芦淞区的' });
  assert.deepEqual(leadingJumpLine('(紧接A1版)医院,全程票价1元。'), { jump: { direction: 'from', page: 'A1', text: '(紧接A1版)' }, rest: '医院,全程票价1元。' });
  assert.equal(trailingJumpLine('(下转第3版)'), null, 'a jump line alone is read whole, not as glued');
});

test('page labels are normalised as printed: 第3版 → 3, A03 → A3, full-width digits', () => {
  assert.deepEqual(['第3版', 'A03', '第A3版', '３', 'a3', '03版'].map(normalisePage), ['3', 'A3', 'A3', '3', 'A3', '3']);
  assert.equal(normalisePage('要闻'), null);
});

const page = (body: string) => `要闻\n责任编辑:刘芳\n\n${body}`;

test("the page pass takes a jump line alone as a story's last line out of the body, and reports it", () => {
  const text = page('全市夏粮收购工作全面启动\n\n株洲日报全媒体记者/王蔚\n\n5月30日,全市夏粮收购工作全面启动,全市共设收购网点46个。\n\n市粮食和物资储备局要求各网点严格执行国家收购政策,不得\n\n(下转第5版)\n');
  const { articles, messages } = parsePage(text, 'p.txt');
  assert.equal(articles.length, 1);
  assert.equal(articles[0]?.continuedOn, '5');
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.text),
    ['5月30日,全市夏粮收购工作全面启动,全市共设收购网点46个。', '市粮食和物资储备局要求各网点严格执行国家收购政策,不得'],
  );
  const jump = messages.find((m) => m.rule === 'jump-line');
  assert.deepEqual(jump && [jump.line, jump.severity], [12, 'info']);
  assert.match(jump?.text ?? '', /\(下转第5版\)/u);
});

test('a continuation under another story: its repeated headline, taken for a subhead, opens a story of its own', () => {
  const text = page('石峰区市民学校开课\n\n株洲日报全媒体记者/王蔚\n\n5月30日,石峰区市民学校在清水塘街道开课,首期课程聚焦家庭急救知识。\n\n城市更新三年行动\n\n(上接第1版)\n\n老旧片区改造。会议要求,各部门要建立项目清单。\n');
  const { articles } = parsePage(text, 'p.txt');
  assert.deepEqual(
    articles.map((a) => [a.title, a.continuedFrom, a.blocks.map((b) => b.text)]),
    [
      ['石峰区市民学校开课', undefined, ['5月30日,石峰区市民学校在清水塘街道开课,首期课程聚焦家庭急救知识。']],
      ['城市更新三年行动', '1', ['老旧片区改造。会议要求,各部门要建立项目清单。']],
    ],
  );
  assert.deepEqual(articles[1]?.source, { startLine: 10, endLine: 14 });
  assert.equal(articles[1]?.decisions?.[0]?.rule, 'jump-line');
});

test('a story ends at its jump line: a headline under it without a byline opens the next story', () => {
  const text = page('城际列车加密开行\n\n(上接第1版)\n\n出行需求。同时,株洲站将延长售票窗口服务时间。(下转第6版)\n\n荷塘区新增一处口袋公园\n\n近日,荷塘区宋家桥街道一处闲置空地改造成口袋公园,向市民开放。\n');
  const { articles } = parsePage(text, 'p.txt');
  assert.deepEqual(
    articles.map((a) => [a.title, a.continuedFrom, a.continuedOn, a.blocks.map((b) => b.text)]),
    [
      ['城际列车加密开行', '1', '6', ['出行需求。同时,株洲站将延长售票窗口服务时间。']],
      ['荷塘区新增一处口袋公园', undefined, undefined, ['近日,荷塘区宋家桥街道一处闲置空地改造成口袋公园,向市民开放。']],
    ],
  );
});

test('a sentence that mentions a page stays as printed', () => {
  const text = page('本报推出城市更新专题\n\n株洲日报全媒体记者/王蔚\n\n今日本报第3版刊发城市更新专题报道(详见第3版)。\n');
  const { articles, messages } = parsePage(text, 'p.txt');
  assert.equal(articles[0]?.blocks[0]?.text, '今日本报第3版刊发城市更新专题报道(详见第3版)。');
  assert.equal(articles[0]?.continuedOn, undefined);
  assert.equal(messages.filter((m) => m.rule === 'jump-line').length, 0);
});

test("a bare 接 reads by its place: at a story's start it comes from, at its end it goes on", () => {
  const text = page('端午假期文旅市场持续升温\n\n(接第1版)\n\n各景区还推出了夜游项目,延长开放时间。\n\n据统计,假期全市接待游客120余万人次,同比增长12%,旅游收入\n\n(接第8版)\n');
  const { articles } = parsePage(text, 'p.txt');
  assert.deepEqual(
    articles.map((a) => [a.title, a.continuedFrom, a.continuedOn, a.blocks.map((b) => b.text)]),
    [['端午假期文旅市场持续升温', '1', '8', ['各景区还推出了夜游项目,延长开放时间。', '据统计,假期全市接待游客120余万人次,同比增长12%,旅游收入']]],
  );
});

test("a continuation's headline with a comma, read as a paragraph the jump line under it was joined to, still opens a story of its own", () => {
  const text = page('芦淞区开展防溺水安全教育\n\n株洲日报全媒体记者/何春林\n\n5月30日,芦淞区在辖区各中小学开展防溺水安全教育。\n\n坚持居民点单,老旧小区改造惠及三万户\n\n(上接A1版)\n\n改造中,各区还同步推进“完整社区”建设。\n');
  const { articles } = parsePage(text, 'p.txt');
  assert.deepEqual(
    articles.map((a) => [a.title, a.continuedFrom, a.blocks.map((b) => b.text)]),
    [
      ['芦淞区开展防溺水安全教育', undefined, ['5月30日,芦淞区在辖区各中小学开展防溺水安全教育。']],
      ['坚持居民点单,老旧小区改造惠及三万户', 'A1', ['改造中,各区还同步推进“完整社区”建设。']],
    ],
  );
});

test("a jump line glued to the repeated headline's own line leaves the headline", () => {
  const text = page('城际列车加密开行(上接第1版)\n\n出行需求。同时,株洲站将延长售票窗口服务时间。\n');
  const { articles } = parsePage(text, 'p.txt');
  assert.deepEqual(
    articles.map((a) => [a.title, a.continuedFrom]),
    [['城际列车加密开行', '1']],
  );
});

test('a short line right above a jump line is the first piece of the paragraph the jump cut, not a subhead: the choice recorded', () => {
  const text = page('全市夏粮收购工作全面启动\n\n株洲日报全媒体记者/王蔚\n\n5月30日,全市夏粮收购工作全面启动。\n\n市粮食和物资储备局要求\n\n(下转第5版)\n');
  const { articles } = parsePage(text, 'p.txt');
  assert.deepEqual(
    articles[0]?.blocks.map((b) => [b.type, b.text]),
    [
      ['paragraph', '5月30日,全市夏粮收购工作全面启动。'],
      ['paragraph', '市粮食和物资储备局要求'],
    ],
  );
  assert.deepEqual(
    articles[0]?.decisions?.filter((d) => d.rule === 'jump-line').map((d) => [d.chose, d.over, d.startLine]),
    [['the first piece of a paragraph the jump cut', 'subhead', 10]],
  );
});

test('a subhead with the story going on under it before the jump line stays a subhead', () => {
  const text = page('全市夏粮收购工作全面启动\n\n株洲日报全媒体记者/王蔚\n\n5月30日,全市夏粮收购工作全面启动。\n\n网点全覆盖\n\n全市共设收购网点46个,不得\n\n(下转第5版)\n');
  const { articles } = parsePage(text, 'p.txt');
  assert.deepEqual(
    articles[0]?.blocks.map((b) => b.type),
    ['paragraph', 'subhead', 'paragraph'],
  );
});
