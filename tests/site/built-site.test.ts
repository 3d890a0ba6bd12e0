// The sample archive, built with the real build command, read as a reader and a
// crawler would: what each page kind shows, and that every internal link resolves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { HtmlValidate } from 'html-validate';
import { sampleSite, root } from '../helpers/site.ts';
import { all, attr, clean, first, parseHtml, select, text, type Element } from '../helpers/html.ts';
import { norm, sampleArticles, type Gold } from '../helpers/gold.ts';

const site = sampleSite();
const gold = (n: string) => JSON.parse(readFileSync(join(root, `tests/fixtures/gold/${n}.json`), 'utf8')) as Gold;
const EDITIONS: Record<string, string> = { '000': '2026-01-21', '001': '2025-05-31', '002': '2022-01-10', '003': '2025-05-09' };
const dataOf = (date: string) =>
  JSON.parse(site.file(`/data/${date.replaceAll('-', '/')}.json`)) as {
    pages: Array<{ section: string | null; articles: Array<{ url: string; title: string; kicker: string | null; subtitle: string | null; text: string }> }>;
  };
const pathOf = (url: string) => new URL(url).pathname;
const articleByTitle = (date: string, title: string) => {
  const found = dataOf(date)
    .pages.flatMap((p) => p.articles)
    .find((a) => norm(a.title) === norm(title));
  assert.ok(found, `no article "${title}" on ${date}`);
  return found;
};

for (const [n, date] of Object.entries(EDITIONS)) {
  test(`edition ${date} lists every article of sample ${n} under its section, in page order`, () => {
    const page = site.page(`/${date.replaceAll('-', '/')}/`);
    const sections = select(page, 'section.edition-page').map((s) => ({
      section: clean(text(first(s, 'h2')).replace(/责任编辑：.*$/u, '')),
      titles: select(s, 'h3.title').map((h) => norm(text(h))),
    }));
    const expected: Array<{ section: string; titles: string[] }> = [];
    for (const g of gold(n).articles) {
      const section = g.section ?? '版面未注明';
      if (expected.at(-1)?.section !== section) expected.push({ section, titles: [] });
      expected.at(-1)?.titles.push(norm(g.title));
    }
    assert.deepEqual(sections, expected);
  });
}

test('an edition page links to the editions before and after it', () => {
  const page = site.page('/2025/05/31/');
  assert.equal(attr(first(page, 'a[rel=prev]'), 'href'), '/2025/05/09/');
  assert.equal(attr(first(page, 'a[rel=next]'), 'href'), '/2026/01/21/');
});

test('a section page lists its articles newest first, and unknown sections stand apart', () => {
  const page = site.page('/sections/职教-观察/');
  assert.equal(clean(text(first(page, 'h1'))), '职教·观察');
  const dates = select(page, 'time').map((t) => attr(t, 'datetime'));
  assert.equal(dates.length, sampleArticles().filter((a) => a.section === '职教·观察').length);
  assert.deepEqual(dates, [...dates].sort().reverse());
  const unknown = site.page('/sections/unknown/');
  assert.equal(clean(text(first(unknown, 'h1'))), '版面未注明');
  assert.equal(select(unknown, 'time').length, sampleArticles().filter((a) => !a.section).length);
});

test("何春林's page lists his articles from all samples", () => {
  const page = site.page('/reporters/何春林/');
  const titles = select(page, 'h2.title')
    .map((h) => norm(text(h)))
    .sort();
  const expected = ['000', '001', '002', '003']
    .flatMap((n) =>
      gold(n)
        .articles.filter((g) => g.reporters.includes('何春林'))
        .map((g) => norm(g.title)),
    )
    .sort();
  assert.ok(expected.length > 0, 'the golds credit 何春林');
  assert.deepEqual(titles, expected);
  // The index of reporters links every reporter and correspondent the golds name.
  const index = new Set(select(site.page('/reporters/'), 'a').map((a) => attr(a, 'href')));
  const people = new Set(['000', '001', '002', '003'].flatMap((n) => gold(n).articles.flatMap((g) => [...g.reporters, ...g.correspondents])));
  for (const person of people) assert.ok(index.has(encodeURI(`/reporters/${person}/`)), `${person} is on the index of reporters`);
});

test('an article page: kicker, title, subtitle, byline links, captions, same-page links, citation', () => {
  const a = articleByTitle('2025-05-31', '40个项目入驻省大学生创业项目库');
  const page = site.page(pathOf(a.url));
  const head = first(page, 'header.story-head');
  assert.equal(clean(text(first(head, 'p.kicker'))), '民生补短提质攻坚成绩单发布');
  assert.equal(clean(text(first(head, 'h1'))), '40个项目入驻省大学生创业项目库');
  const byline = select(first(head, 'p.byline'), 'a').map((l) => [clean(text(l)), attr(l, 'href')]);
  assert.deepEqual(byline.slice(0, 3), [
    ['何春林', encodeURI('/reporters/何春林/')],
    ['叶云程', encodeURI('/reporters/叶云程/')],
    ['程海亮', encodeURI('/reporters/程海亮/')],
  ]);
  const captions = select(page, 'figcaption').map((c) => clean(text(c)));
  assert.deepEqual(captions, ['株洲创业导师参加“马兰花”选拔赛并获奖。 资料图 记者/何春林摄', '市人社局组织创业项目展示交流活动。 资料图 记者/何春林摄']);
  assert.equal(select(page, 'div.photo-missing').length, 2, 'the missing photos are said to be missing, with no broken image');
  assert.equal(select(page, 'img').length, 0);
  assert.deepEqual(
    select(page, 'h2')
      .map((h) => clean(text(h)))
      .slice(0, 2),
    ['暖心服务 保障重点群体就业', '“背着书包来创业”的故事正上演'],
  );
  const samePage = select(first(page, 'section.same-page'), 'a').map((l) => norm(text(l)));
  assert.deepEqual(samePage, ['市人社局获评“全国文明单位”', '桂林高校来株推荐毕业生', '湖南省创业公共服务平台上线 为大学生创业提供多种服务'].map(norm));
  const meta = (name: string) => select(page, `meta[name=${name}]`).map((m) => attr(m, 'content'));
  assert.deepEqual(meta('citation_title'), ['40个项目入驻省大学生创业项目库']);
  assert.deepEqual(meta('citation_author'), ['何春林', '叶云程', '程海亮']);
  assert.deepEqual(meta('citation_date'), ['2025/05/31']);
  assert.deepEqual(meta('citation_publisher'), ['株洲日报社']);
  assert.equal(clean(text(first(page, 'p.citation'))), '何春林, 叶云程, 程海亮. 40个项目入驻省大学生创业项目库[N]. 株洲日报, 2025-05-31.');
  assert.equal(attr(first(page, 'link[rel=canonical]'), 'href'), `https://archive.example.org${pathOf(a.url)}`);
  assert.equal(attr(first(page, 'meta[property=og:type]'), 'content'), 'article');
  assert.match(attr(first(page, 'meta[name=description]'), 'content') ?? '', /^5月30日，我市发布了前五个月/u);
  assert.equal(attr(first(page, 'html'), 'lang'), 'zh-CN');
});

test("an article's subtitle, epigraph, column label and table render as such", () => {
  const lead = site.page(pathOf(articleByTitle('2026-01-21', '这件民生头等大事 株洲这样办').url));
  assert.equal(clean(text(first(lead, 'p.subtitle'))), '——2025年全市就业创业工作全景回顾');
  const green = site.page(pathOf(articleByTitle('2025-05-31', '工业领域碳达峰碳中和的“株洲故事”').url));
  assert.match(clean(text(first(green, 'blockquote.epigraph'))), /^“推动经济社会发展绿色化.*——摘自党的二十大报告$/u);
  assert.equal(clean(text(first(green, 'p.column-label'))), '理事有理');
  const weather = site.page(pathOf(articleByTitle('2025-05-31', '端午假期有暴雨').url));
  assert.deepEqual(
    select(first(weather, 'table.box'), 'tr').map((r) => select(r, 'td').length),
    [3, 3, 3, 1],
  );
});

test('an article links to the source file and lines it came from', () => {
  const a = articleByTitle('2025-05-31', '40个项目入驻省大学生创业项目库');
  const link = select(site.page(pathOf(a.url)), 'a').find((l) => (attr(l, 'href') ?? '').startsWith('/sources/')) as Element;
  const [path, line] = (attr(link, 'href') as string).split('#');
  assert.equal(line, 'L115');
  const source = site.page(path as string);
  assert.equal(clean(text(first(source, 'li[id=L115]'))), '民生补短提质攻坚成绩单发布');
});

test('the Atom feed and the sitemap are well-formed and complete', () => {
  const feed = site.file('/feed.xml');
  assert.equal(XMLValidator.validate(feed), true);
  const entries = new XMLParser({ ignoreAttributes: false }).parse(feed).feed.entry as Array<{ title: string; updated: string; id: string }>;
  assert.equal(entries.length, sampleArticles().length);
  assert.deepEqual(
    entries.map((e) => e.updated),
    [...entries.map((e) => e.updated)].sort().reverse(),
  );
  assert.ok(entries.every((e) => e.id.startsWith('https://archive.example.org/')));
  // An index of sitemaps: one a year and one of the browsing pages.
  const index = site.file('/sitemap.xml');
  assert.equal(XMLValidator.validate(index), true);
  const maps = ([new XMLParser().parse(index).sitemapindex.sitemap].flat() as Array<{ loc: string }>).map((m) => m.loc);
  assert.deepEqual(
    maps,
    ['browse', '2022', '2025', '2026'].map((name) => `https://archive.example.org/sitemaps/${name}.xml`),
  );
  const locs = maps.flatMap((loc) => {
    const sitemap = site.file(new URL(loc).pathname);
    assert.equal(XMLValidator.validate(sitemap), true);
    return ([new XMLParser().parse(sitemap).urlset.url].flat() as Array<{ loc: string }>).map((u) => u.loc);
  });
  assert.equal(new Set(locs).size, locs.length, 'each page once');
  assert.ok(locs.includes('https://archive.example.org/sections/unknown/'));
  for (const date of Object.values(EDITIONS)) {
    for (const a of dataOf(date).pages.flatMap((p) => p.articles)) assert.ok(locs.includes(a.url), a.url);
    assert.ok(locs.includes(`https://archive.example.org/${date.replaceAll('-', '/')}/`));
  }
  assert.match(site.file('/robots.txt'), /^Sitemap: https:\/\/archive\.example\.org\/sitemap\.xml$/mu);
  assert.match(site.file('/404.html'), /找不到这个页面/u);
});

test("the data export holds every edition with its articles' metadata and text", () => {
  const index = JSON.parse(site.file('/data/index.json')) as { editions: Array<{ date: string; articles: number }> };
  assert.deepEqual(
    index.editions.map((e) => [e.date, e.articles]),
    [
      ['2022-01-10', 1],
      ['2025-05-09', 9],
      ['2025-05-31', 10],
      ['2026-01-21', 7],
    ],
  );
  const a = articleByTitle('2025-05-31', '端午假期有暴雨');
  assert.match(a.text, /^端午，我们期盼它/u);
  assert.ok(!a.text.includes('原版图片未收录'));
});

/** Every HTML file of the built site, as a site path. */
function pages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'search-index') walk(full);
      } else if (name.endsWith('.html')) out.push(`/${relative(site.dir, full)}`);
    }
  };
  walk(site.dir);
  return out.sort();
}

test('no internal link, asset or fragment is broken', () => {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set(all(parseHtml(readFileSync(file, 'utf8')), (el) => attr(el, 'id') !== null).map((el) => attr(el, 'id') as string)));
    return ids.get(file) as Set<string>;
  };
  const list = pages();
  for (const kind of ['/index.html', '/editions/index.html', '/2025/index.html', '/2025/05/index.html', '/2025/05/31/index.html', '/sections/index.html', '/sections/unknown/index.html', '/reporters/index.html', '/404.html', '/search/index.html'])
    assert.ok(list.includes(kind), kind);
  for (const path of list) {
    const doc = parseHtml(readFileSync(join(site.dir, path), 'utf8'));
    const refs = all(doc, (el) => ['a', 'link', 'script', 'img'].includes(el.tagName))
      .map((el) => attr(el, 'href') ?? attr(el, 'src'))
      .filter((r): r is string => !!r);
    for (const ref of refs) {
      if (/^[a-z]+:/iu.test(ref) || ref.startsWith('//')) continue;
      const url = new URL(ref, `http://site${path}`);
      let file = join(site.dir, decodeURIComponent(url.pathname));
      if (url.pathname.endsWith('/')) file = join(file, 'index.html');
      if (!existsSync(file)) broken.push(`${path} → ${ref}`);
      else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${ref} (no such anchor)`);
    }
  }
  assert.deepEqual(broken, []);
});

test('every page passes the HTML validator', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const failures: string[] = [];
  for (const path of pages()) {
    const report = await validator.validateString(readFileSync(join(site.dir, path), 'utf8'), path);
    for (const r of report.results) for (const m of r.messages) failures.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(failures.slice(0, 30), []);
});
