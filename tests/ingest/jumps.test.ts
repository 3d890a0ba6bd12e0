import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import { pageFromFileName, samePage } from '../../src/ingest/jumps.ts';
import { articlePath, writeArticles } from '../../src/ingest/write-articles.ts';
import type { Article } from '../../src/ingest/types.ts';

const FIXTURES = 'tests/fixtures/jumps';
const byPage = `${FIXTURES}/two-dumps-by-page`;
const A01 = `${byPage}/zzrb_20250531_A01.txt`;
const A03 = `${byPage}/zzrb_20250531_A03.txt`;

const titled = (articles: Article[], title: string) => articles.find((a) => a.title === title) as Article;
const texts = (a: Article) => a.blocks.map((b) => b.text);
const ranges = (a: Article) => a.sources.map((s) => `${s.file}:${s.startLine}-${s.endLine}`);

test('both halves in one dump of two pages: one article, the sentence the column cut joined across the jump', () => {
  const { articles, messages } = ingestPaths([`${FIXTURES}/one-dump-two-pages`]);
  assert.deepEqual(
    articles.map((a) => a.title),
    ['株洲启动城市更新三年行动', '湘江风光带迎来赏荷季', '石峰区市民学校开课'],
  );
  const story = articles[0] as Article;
  assert.deepEqual(texts(story), [
    '5月30日，我市召开城市更新行动推进会，部署今后三年城市更新重点工作。记者从会上获悉，到2027年，全市将完成老旧小区改造300个，惠及居民约3万户。',
    '会议指出，城市更新是推动城市高质量发展的重要抓手。各区要坚持“留改拆”并举，把群众最关心的停车难、加装电梯、雨污分流等问题放在首位，做到改一片、成一片。',
    '今年，市本级安排城市更新资金12亿元，重点支持荷塘区、芦淞区的老旧片区改造。会议要求，各部门要建立项目清单，倒排工期，确保每个项目按时开工、按期完工。',
    '据悉，我市还将建立城市体检评估机制，每年对城市更新成效进行评估，评估结果向社会公开。',
  ]);
  assert.deepEqual(story.bylines, ['株洲日报全媒体记者/李逸峰 通讯员/黄佳欣']);
  assert.deepEqual(ranges(story), [`${FIXTURES}/one-dump-two-pages/2025-05-31.txt:4-16`, `${FIXTURES}/one-dump-two-pages/2025-05-31.txt:35-41`]);
  assert.equal(story.continuedOn, undefined);
  assert.equal(story.continuedFrom, undefined);
  assert.deepEqual(texts(titled(articles, '石峰区市民学校开课')), ['5月30日，石峰区市民学校在清水塘街道开课，首期课程聚焦家庭急救知识，吸引60余名居民参加。']);
  assert.deepEqual(
    messages.filter((m) => m.rule === 'jump-line' && m.severity !== 'info'),
    [],
  );
});

test('two dumps named by page: the short-form headline on A03 continues the story of A01', () => {
  const { articles } = ingestPaths([byPage]);
  assert.deepEqual(
    articles.map((a) => a.title),
    ['我市老旧小区改造今年惠及三万户', '端午假期我市文旅市场持续升温', '芦淞区开展防溺水安全教育'],
  );
  const story = articles[0] as Article;
  assert.equal(story.kicker, '城市更新行动持续推进');
  assert.deepEqual(texts(story), [
    '5月30日，记者从市住房和城乡建设局获悉，今年我市计划改造老旧小区126个，涉及居民3.1万户，目前已开工89个。',
    '在荷塘区月塘街道，施工人员正在为一栋建于上世纪90年代的住宅楼加装电梯。居民刘大爷说：“以前爬六楼要歇两回，以后就方便了。”',
    '市住建局相关负责人介绍，今年的改造坚持“居民点单、政府买单”，改造内容由居民议事会商定，努力让改造成果经得起检验、群众满意。',
    '改造中，各区还同步推进“完整社区”建设，在小区周边配建养老服务站、托育点和便民菜市场。',
    '截至目前，今年已完工的老旧小区中，有27个小区引入了物业服务，居民满意度达到95%以上。',
  ]);
  assert.deepEqual(ranges(story), [`${A01}:4-14`, `${A03}:4-9`]);
  assert.deepEqual(story.source, story.sources[0]);
  assert.equal(story.editor, '刘芳', "the first half's page");
});

test('the joined article has the id and url of the first half, and either order of the dumps gives the same article', () => {
  const alone = ingestPaths([A01]).articles[0] as Article;
  const forward = ingestPaths([A01, A03]).articles;
  const backward = ingestPaths([A03, A01]).articles;
  const story = titled(forward, '我市老旧小区改造今年惠及三万户');
  assert.equal(story.id, alone.id);
  assert.equal(story.url, alone.url);
  assert.equal(story.url, `/2025/05/31/${alone.id}/`);
  assert.deepEqual(titled(backward, story.title), story);
  assert.equal(backward.length, 3);
});

test('two dumps paged by a manifest: the continuation glued after (紧接A1版) joins the cut sentence', () => {
  const { articles } = ingestPaths([`${FIXTURES}/manifest-pages`]);
  assert.equal(articles.length, 1);
  assert.deepEqual(texts(articles[0] as Article), ['5月30日，市公交集团宣布，6月1日起新开通3条公交微循环线路，串联天元区多个新建小区与地铁站点、学校和医院，全程票价1元。市公交集团相关负责人表示，线路开通后将根据客流情况动态调整发车班次。']);
  assert.equal(articles[0]?.pageNumber, 'A01');
  assert.deepEqual(ranges(articles[0] as Article), [`${FIXTURES}/manifest-pages/front.txt:4-10`, `${FIXTURES}/manifest-pages/inside.txt:4-6`]);
});

test('two stories of page 1 going on to pages 2 and 5 each join their own continuation (one under its headline repeated exactly)', () => {
  const dir = `${FIXTURES}/two-stories-two-pages`;
  const { articles } = ingestPaths([dir]);
  assert.deepEqual(
    articles.map((a) => a.title),
    ['株洲至长沙城际列车加密开行', '全市夏粮收购工作全面启动'],
  );
  assert.deepEqual(texts(articles[0] as Article).at(-1), '运营公司相关负责人表示，此次加密主要集中在早晚通勤时段，以满足两地往返上班族的出行需求。同时，株洲站、董家塅站等站点将延长售票窗口服务时间。');
  assert.deepEqual(texts(articles[1] as Article).slice(1), [
    '市粮食和物资储备局要求各网点严格执行国家收购政策，不得压级压价，不得拖欠售粮款。',
    '各收购网点还开通了“预约售粮”服务，农户通过手机即可预约送粮时间，减少排队等候。',
    '攸县、茶陵县等产粮大县已组织粮食经纪人深入田间地头，帮助农户就近售粮。',
  ]);
  assert.deepEqual(
    articles.map((a) => a.sources.map((s) => s.file)),
    [
      [`${dir}/zzrb_20250531_01.txt`, `${dir}/zzrb_20250531_02.txt`],
      [`${dir}/zzrb_20250531_01.txt`, `${dir}/zzrb_20250531_05.txt`],
    ],
  );
});

test('a half whose partner is not in the run stays an article, its jump kept, and a warning names the file, line and page', () => {
  const first = ingestPaths([A01]);
  const story = titled(first.articles, '我市老旧小区改造今年惠及三万户');
  assert.equal(story.continuedOn, 'A3');
  assert.equal(texts(story).length, 3);
  const warning = first.messages.find((m) => m.rule === 'jump-line' && m.severity === 'warning');
  assert.deepEqual(warning && [warning.file, warning.line], [A01, 4]);
  assert.match(warning?.text ?? '', /page A3/u);

  const rest = ingestPaths([A03]);
  const continuation = titled(rest.articles, '老旧小区改造惠及三万户');
  assert.equal(continuation.continuedFrom, 'A1');
  assert.deepEqual(texts(continuation), ['改造中，各区还同步推进“完整社区”建设，在小区周边配建养老服务站、托育点和便民菜市场。', '截至目前，今年已完工的老旧小区中，有27个小区引入了物业服务，居民满意度达到95%以上。']);
  const back = rest.messages.find((m) => m.rule === 'jump-line' && m.severity === 'warning');
  assert.deepEqual(back && [back.file, back.line], [A03, 4]);
  assert.match(back?.text ?? '', /page A1/u);
});

test("A03 ingested in a later run than A01: both halves kept meanwhile, then joined, the lone half's file removed", () => {
  const dir = mkdtempSync(join(tmpdir(), 'jumps-'));
  const out = join(dir, 'articles');
  const run = (inputs: string[]) => {
    const result = ingestPaths(inputs);
    return { result, summary: writeArticles(out, result.articles, result.completed, result.messages) };
  };
  const first = run([A01]);
  const half = titled(first.result.articles, '我市老旧小区改造今年惠及三万户');
  const second = run([A03]);
  const continuation = titled(second.result.articles, '老旧小区改造惠及三万户');
  assert.notEqual(continuation.id, half.id);
  assert.ok(existsSync(articlePath(out, half)), 'the first half is kept');
  assert.ok(existsSync(articlePath(out, continuation)), 'the continuation is written beside it');
  const both = run([A01, A03]);
  assert.equal(both.summary.removed, 1);
  assert.ok(!existsSync(articlePath(out, continuation)), 'the lone continuation is gone once it is part of the story');
  const joined = readFileSync(articlePath(out, half), 'utf8');
  assert.match(joined, /截至目前，今年已完工的老旧小区中/u);
  assert.doesNotMatch(joined, /continued/u);
});

test('the page a file name gives: _A03, _03 after the date, -A3; never a day of the date', () => {
  assert.deepEqual(['zzrb_20250531_A03.txt', 'zzrb_20250531_03.txt', '2025-05-31-A3.txt', 'zzrb_2025_05_31_a12.txt'].map(pageFromFileName), ['A3', '3', 'A3', 'A12']);
  assert.deepEqual(['2025-05-31.txt', 'zzrb_20250531.txt', 'notes_3.txt', '001_e21c4ea54b265bd1.txt'].map(pageFromFileName), [null, null, null, null]);
});

test('two stories of page A1 going on to A3: each joins the continuation under its own short headline, whatever their order there', () => {
  const dir = `${FIXTURES}/two-jumps-to-one-page`;
  const { articles } = ingestPaths([dir]);
  assert.deepEqual(
    articles.map((a) => [a.title, texts(a).at(-1), a.sources.map((s) => `${s.file}:${s.startLine}`)]),
    [
      ['神农城夜市重新开街', '天元区商务局相关负责人介绍，夜市按照“一街一特色”进行规划，设置了特色小吃区、文创区和亲子互动区。夜市每天17时开市，23时闭市。', [`${dir}/zzrb_20250601_A01.txt:4`, `${dir}/zzrb_20250601_A03.txt:10`]],
      ['株洲职业教育活动周启动', '活动周期间，各院校将向社会开放实训基地，市民可走进校园体验轨道交通、陶瓷烧制等职业技能项目。活动周将持续到6月6日。', [`${dir}/zzrb_20250601_A01.txt:14`, `${dir}/zzrb_20250601_A03.txt:4`]],
    ],
  );
});

test('a first half whose page nothing gives joins the continuation on the page it names, from whatever page that says', () => {
  const dir = `${FIXTURES}/first-page-unknown`;
  const { articles, messages } = ingestPaths([dir]);
  assert.deepEqual(
    articles.map((a) => [a.title, texts(a), ranges(a)]),
    [['炎陵黄桃进入挂果管护期', ['6月1日，记者在炎陵县中村瑶族乡看到，漫山遍野的黄桃树已挂满青果，果农们正忙着疏果、套袋，为7月上市做准备。今年全县黄桃种植面积达9.5万亩，预计产量10万吨。'], [`${dir}/2025-06-02.txt:4-10`, `${dir}/2025-06-02-04.txt:4-8`]]],
  );
  assert.deepEqual(
    messages.filter((m) => m.severity !== 'info'),
    [],
  );
});

test("a jump line's page without its letter is that number in any part; with letters, the letters agree", () => {
  assert.equal(samePage('3', 'A3'), true);
  assert.equal(samePage('A3', '3'), true);
  assert.equal(samePage('A3', 'A3'), true);
  assert.equal(samePage('A3', 'B3'), false);
  assert.equal(samePage('3', 'A13'), false);
  assert.equal(samePage('13', 'A3'), false);
});

test("a front page without header jumps to 第3版 of a page headed A03: joined, the story keeps the front page's (empty) section", () => {
  const dir = mkdtempSync(join(tmpdir(), 'jump-letters-'));
  cpSync('tests/fixtures/structures/jump-lines--two-dumps', dir, { recursive: true });
  const { articles } = ingestPaths([dir]);
  const story = titled(articles, '“株洲造”大飞机发动机部件实现批量交付');
  assert.equal(articles.filter((a) => a.title === story.title).length, 1);
  assert.equal(story.continuedOn, undefined);
  assert.equal(story.sources.length, 2);
  assert.equal(story.section, null);
  assert.equal(story.editor, null);
});

test("one dump of two pages read alone (ingestText): its halves joined, the continuation page's header reported as that page's", () => {
  const file = 'tests/fixtures/structures/jump-lines--one-dump-short-form.txt';
  const { articles, messages } = ingestText(readFileSync(file, 'utf8'), file, { date: '2025-05-31', page: null, section: null, line: 1 });
  assert.deepEqual(
    articles.map((a) => a.title),
    ['醴陵：千年瓷都“烧”出新活力'],
  );
  const story = articles[0] as Article;
  assert.equal(story.continuedOn, undefined);
  assert.equal(story.blocks[2]?.text, '在陶瓷电商产业园，主播们对着镜头展示一件件釉下五彩瓷，订单源源不断。园区负责人介绍，去年园区电商交易额达到62亿元，带动就业1.8万人。');
  assert.equal(story.section, null);
  const joined = messages.find((m) => m.rule === 'jump-line' && m.text.startsWith('the rest of'));
  assert.ok(joined?.text.includes('under the headline "千年瓷都“烧”出新活力"'), "the continuation's own headline, which leaves the text");
  assert.ok(joined?.text.includes('"A03 要闻 责任编辑:韩 梅 美术编辑:龙 飞"'));
});

/** Two dumps of 2025-05-31 in a folder of their own, named by the caller (the page a file name gives may not be the printed one). */
function edition(files: Record<string, string>): Article[] {
  const dir = mkdtempSync(join(tmpdir(), 'jumps-named-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const { articles } = ingestPaths([dir]);
  rmSync(dir, { recursive: true });
  return articles;
}
const FRONT = '株洲今年将开工建设重点项目300个\n\n株洲日报全媒体记者/柏林\n\n6月2日,记者从市发改委获悉,已开工项目217个,完成投资\n\n(下转第3版)\n';
const inside = (headline: string) => `要闻\n\n责任编辑:苏 靖\n\n${headline}\n\n(上接第1版)\n\n246亿元,占年度计划的42.4%。\n`;

test('dumps numbered in their order (_01, _02) join a story jumping to page 3 with its rest under the headline again: a file name is no printed page', () => {
  const articles = edition({ 'zzrb_20250531_01.txt': FRONT, 'zzrb_20250531_02.txt': inside('株洲今年将开工建设重点项目300个') });
  assert.deepEqual(
    articles.map((a) => [a.title, texts(a).at(-1)]),
    [['株洲今年将开工建设重点项目300个', '6月2日，记者从市发改委获悉，已开工项目217个，完成投资246亿元，占年度计划的42.4%。']],
  );
});

test('near miss: a short headline in a dump whose name gives another page than the jump is no continuation of it', () => {
  const articles = edition({ 'zzrb_20250531_01.txt': FRONT, 'zzrb_20250531_02.txt': inside('重点项目开工300个') });
  assert.deepEqual(
    articles.map((a) => a.title),
    ['株洲今年将开工建设重点项目300个', '重点项目开工300个'],
  );
});
