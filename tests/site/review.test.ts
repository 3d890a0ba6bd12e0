// The proofreading page: where the parser chose between two close readings, each
// decision with its evidence and a link to its source lines, for the archivists. Built
// with the real build command from hand-made article files (and one legacy post, since
// a build ingests something) in a temporary folder; expected results written by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { root } from '../helpers/site.ts';
import { all, attr, clean, parseHtml, select, text, type Element } from '../helpers/html.ts';

const POST = '---\ntitle: 旧网站的一篇报道\ndate: 2023-06-01 08:00:00 +0800\n---\n<p>旧网站上的正文一段。</p>\n';

/** A page dump's text, as stored at ingest: its line N is `第N行` unless given. */
function sourceText(lines: Record<number, string>, length = 30): string {
  return Array.from({ length }, (_, i) => lines[i + 1] ?? `第${i + 1}行`).join('\n');
}

interface Made {
  date: string;
  id: string;
  title: string;
  file: string;
  text: string;
  startLine: number;
  extra?: Record<string, unknown>;
  body?: string;
}

function writeArticle(articles: string, a: Made): void {
  const sha256 = createHash('sha256').update(a.text).digest('hex');
  mkdirSync(join(articles, 'sources'), { recursive: true });
  writeFileSync(join(articles, 'sources', `${sha256}.txt`), a.text);
  const source = { file: a.file, startLine: a.startLine, endLine: a.startLine + 5, sha256 };
  const data = {
    id: a.id,
    url: `/${a.date.replaceAll('-', '/')}/${a.id}/`,
    title: a.title,
    kicker: null,
    subtitle: null,
    date: a.date,
    dateSource: 'filename',
    section: '要闻',
    pageNumber: null,
    editor: null,
    reporters: [],
    correspondents: [],
    photographers: [],
    ...a.extra,
    source,
    sources: [source],
  };
  const path = join(articles, ...a.date.split('-'), `${a.id}.md`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    `---\n${Object.entries(data)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join('\n')}\n---\n${a.body ?? '正文一段。'}\n`,
  );
}

function build(work: string): { status: number | null; stderr: string } {
  const posts = join(work, 'posts');
  mkdirSync(posts, { recursive: true });
  writeFileSync(join(posts, 'post.md'), POST);
  const args = [join(root, 'scripts/build.ts'), '--input', posts, '--out', join(work, 'site'), '--articles', join(work, 'articles'), '--cache', join(work, 'cache')];
  return spawnSync(join(root, 'node_modules/.bin/tsx'), args, { cwd: root, encoding: 'utf8', env: { ...process.env, SITE_URL: 'https://archive.example.org' } });
}

const fileOf = (work: string, path: string) => join(work, 'site', decodeURI(path), path.endsWith('/') ? 'index.html' : '');
const page = (work: string, path: string) => parseHtml(readFileSync(fileOf(work, path), 'utf8'));
const htmlFiles = (work: string) =>
  readdirSync(join(work, 'site'), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.html'))
    .map((p) => `/${p}`);
const robots = (doc: Element) => select(doc, 'meta[name=robots]').map((m) => attr(m, 'content'));
const hrefs = (doc: Element) => select(doc, 'a').map((a) => attr(a, 'href') ?? '');

const subhead = { rule: 'subhead', chose: '小标题', over: '另一篇报道的标题', evidence: '其下没有署名，报道接着写下去' };
const caption = { rule: 'caption', chose: '图片说明', over: '正文段落', evidence: '此行以“摄”字收尾，夹在一段被栏间断开的文字中间' };
const join2 = { rule: 'paragraph-repair', chose: '跨栏接续的一段', over: '两段', evidence: '上一行止于半句，没有句号' };
const byline = { rule: 'byline', chose: '署名', over: '句子', evidence: '“记者 王芳”独占一行，位于标题之下' };

function archiveWithDecisions(): string {
  const work = mkdtempSync(join(tmpdir(), 'review-'));
  const articles = join(work, 'articles');
  const may31 = sourceText({ 3: '新闻发布会召开', 5: '一、产业升级', 9: '▲市民在广场休息。王强 摄', 14: '记者 王芳', 22: '城市公园开园' });
  // Named so that file order is not print order: the story at line 14 sorts first by file name.
  writeArticle(articles, { date: '2025-05-31', id: 'a2', title: '城市公园开园', file: 'dumps/2025-05-31.txt', text: may31, startLine: 12, extra: { decisions: [{ ...byline, startLine: 14, endLine: 14 }] } });
  writeArticle(articles, {
    date: '2025-05-31',
    id: 'b1',
    title: '新闻发布会召开',
    file: 'dumps/2025-05-31.txt',
    text: may31,
    startLine: 3,
    extra: {
      decisions: [
        { ...subhead, startLine: 5, endLine: 5 },
        { ...caption, startLine: 9, endLine: 10 },
      ],
    },
  });
  writeArticle(articles, { date: '2025-05-31', id: 'c3', title: '没有取舍的报道', file: 'dumps/2025-05-31.txt', text: may31, startLine: 22 });
  const jan21 = sourceText({ 7: '上一行止于半句' });
  writeArticle(articles, { date: '2026-01-21', id: 'd4', title: '新年第一场雪', file: 'dumps/2026-01-21.txt', text: jan21, startLine: 2, extra: { decisions: [{ ...join2, startLine: 7, endLine: 8 }], continuedOn: '3' }, body: '第一段。\n\n雪还在下' });
  writeArticle(articles, { date: '2026-01-21', id: 'e5', title: '接上版的报道', file: 'dumps/2026-01-21.txt', text: jan21, startLine: 20, extra: { continuedFrom: 'A1' }, body: '接着上版说。' });
  const mar02 = sourceText({ 4: '记者 李明' });
  writeArticle(articles, { date: '2024-03-02', id: 'f6', title: '已核对的报道', file: 'dumps/2024-03-02.txt', text: mar02, startLine: 1, extra: { decisions: [{ ...byline, evidence: '“记者 李明”独占一行，位于标题之下', startLine: 4, endLine: 4 }], locked: true } });
  const run = build(work);
  assert.equal(run.status, 0, run.stderr);
  return work;
}

const work = archiveWithDecisions();

test('/review/ counts the articles and decisions, says what to do, and lists the years newest first', () => {
  const review = page(work, '/review/');
  assert.equal(clean(text(select(review, 'p.review-count')[0] as Element)), '解析程序在 4 篇报道中遇到两种相近的读法（小标题还是新报道，图片说明还是正文，跨栏接续还是两段，署名还是句子），共作了 5 处取舍，每处记下了选择和依据；其中 1 处所在的报道已核对并锁定，待核对 4 处。');
  assert.match(clean(text(review)), /解析有误的，直接修改该报道在 articles 目录下的文件，并在其前置数据中加一行 locked: true/u);
  assert.deepEqual(
    select(select(review, 'ul.review-years')[0] as Element, 'li').map((li) => clean(text(li))),
    ['2026 年：1 篇报道，1 处取舍', '2025 年：2 篇报道，3 处取舍', '2024 年：1 篇报道，1 处取舍（已核对 1 处）'],
  );
});

test('the year pages list exactly the articles with decisions, newest edition first and in print order, each decision with its evidence', () => {
  const years = hrefs(page(work, '/review/')).filter((h) => h.startsWith('/review/'));
  assert.deepEqual(years, ['/review/2026/', '/review/2025/', '/review/2024/']);
  const listed = years.flatMap((y) =>
    select(page(work, y), 'section.review-article').map((s) => ({
      title: clean(text(select(s, 'h2')[0] as Element)),
      checked: /已核对（已锁定）/u.test(text(s)),
      decisions: select(s, 'li').map((li) => select(li, 'p').map((p) => clean(text(p)))),
    })),
  );
  assert.deepEqual(listed, [
    { title: '新年第一场雪', checked: false, decisions: [['取 跨栏接续的一段，舍 两段（规则 paragraph-repair）', '依据：上一行止于半句，没有句号', '来源 dumps/2026-01-21.txt 第 7–8 行']] },
    {
      title: '新闻发布会召开',
      checked: false,
      decisions: [
        ['取 小标题，舍 另一篇报道的标题（规则 subhead）', '依据：其下没有署名，报道接着写下去', '来源 dumps/2025-05-31.txt 第 5 行'],
        ['取 图片说明，舍 正文段落（规则 caption）', '依据：此行以“摄”字收尾，夹在一段被栏间断开的文字中间', '来源 dumps/2025-05-31.txt 第 9–10 行'],
      ],
    },
    { title: '城市公园开园', checked: false, decisions: [['取 署名，舍 句子（规则 byline）', '依据：“记者 王芳”独占一行，位于标题之下', '来源 dumps/2025-05-31.txt 第 14 行']] },
    { title: '已核对的报道', checked: true, decisions: [['取 署名，舍 句子（规则 byline）', '依据：“记者 李明”独占一行，位于标题之下', '来源 dumps/2024-03-02.txt 第 4 行']] },
  ]);
  assert.match(clean(text(page(work, '/review/2025/'))), /2025年5月31日 星期六 · 要闻 · 文件 2025\/05\/31\/b1\.md/u);
});

test('every headline links to its article page, every decision to its first source line, which shows that line', () => {
  const cited: Array<[string, string]> = [];
  for (const year of ['/review/2026/', '/review/2025/', '/review/2024/']) {
    for (const section of select(page(work, year), 'section.review-article')) {
      const headline = attr(select(select(section, 'h2')[0] as Element, 'a')[0] as Element, 'href') as string;
      assert.equal(clean(text(select(page(work, headline), 'h1')[0] as Element)), clean(text(select(section, 'h2')[0] as Element)), headline);
      for (const li of select(section, 'li')) {
        const link = attr(select(li, 'a')[0] as Element, 'href') as string;
        assert.match(link, /^\/sources\/.+\/#L\d+$/u);
        const [path, anchor] = link.split('#') as [string, string];
        const line = all(page(work, path), (el) => attr(el, 'id') === anchor)[0];
        assert.ok(line, `${link}: the anchor is on the source page`);
        cited.push([anchor, text(line)]);
      }
    }
  }
  assert.deepEqual(cited, [
    ['L7', '上一行止于半句'],
    ['L5', '一、产业升级'],
    ['L9', '▲市民在广场休息。王强 摄'],
    ['L14', '记者 王芳'],
    ['L4', '记者 李明'],
  ]);
});

test('the review pages are noindex, in no sitemap, linked from no other page and not in the search index', async () => {
  const reviewPages = htmlFiles(work).filter((p) => p.startsWith('/review/'));
  assert.deepEqual(reviewPages.sort(), ['/review/2024/index.html', '/review/2025/index.html', '/review/2026/index.html', '/review/index.html']);
  for (const p of reviewPages) assert.deepEqual(robots(page(work, p)), ['noindex'], p);
  assert.deepEqual(robots(page(work, '/')), [], "the reader's pages are indexed");
  const linking = htmlFiles(work).filter((p) => !p.startsWith('/review/') && hrefs(page(work, p)).some((h) => h.includes('/review/')));
  assert.deepEqual(linking, []);
  const sitemaps = readdirSync(join(work, 'site', 'sitemaps')).map((f) => readFileSync(join(work, 'site', 'sitemaps', f), 'utf8'));
  assert.ok(
    sitemaps.some((s) => s.includes('/2025/05/31/b1/')),
    'the sitemaps list the articles',
  );
  assert.ok(sitemaps.every((s) => !s.includes('/review/')) && !readFileSync(join(work, 'site', 'sitemap.xml'), 'utf8').includes('review'));
  const index = readdirSync(join(work, 'site', 'search-index'), { recursive: true, encoding: 'utf8' })
    .map((f) => join(work, 'site', 'search-index', f))
    .filter((f) => statSync(f).isFile());
  assert.ok(
    index.every((f) => !readFileSync(f).includes('/review/')),
    'no search record points at a review page',
  );
  const search = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/search.ts'), '--site', join(work, 'site'), '--json', '独占一行'], { encoding: 'utf8' });
  assert.equal(search.status, 0, search.stderr);
  assert.deepEqual((JSON.parse(search.stdout) as { results: unknown[] }).results, [], "the evidence is not the story's text");
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  for (const p of reviewPages) {
    const report = await validator.validateString(readFileSync(join(work, 'site', p), 'utf8'), p);
    assert.deepEqual(
      report.results.flatMap((r) => r.messages.map((m) => `${p}:${m.line} ${m.ruleId} ${m.message}`)),
      [],
    );
  }
});

test('a lone half of a jumped story says where it goes on, under its last paragraph, or where it came from, above its first', () => {
  /** What a reader sees of the story, block by block, under its headline. */
  const blocks = (path: string) => {
    const story = select(page(work, path), 'article')[0] as Element;
    return story.childNodes
      .filter((n): n is Element => 'tagName' in n && n.tagName !== 'header')
      .flatMap((el) => (attr(el, 'class') === 'story-body' ? el.childNodes.filter((n): n is Element => 'tagName' in n) : [el]))
      .map((el) => clean(text(el)));
  };
  assert.deepEqual(blocks('/2026/01/21/d4/'), ['第一段。', '雪还在下', '下转第3版（续文未收录）']);
  assert.deepEqual(blocks('/2026/01/21/e5/'), ['上接第A1版（前文未收录）', '接着上版说。']);
  assert.deepEqual(blocks('/2025/05/31/b1/'), ['正文一段。'], 'a story with no jump line says nothing');
  const description = (path: string) => attr(select(page(work, path), 'meta[name=description]')[0] as Element, 'content');
  assert.equal(description('/2026/01/21/e5/'), '接着上版说。', 'the page is described by its story, not the note');
});

test('a site without decisions still has /review/, saying so', () => {
  const empty = mkdtempSync(join(tmpdir(), 'review-none-'));
  const run = build(empty);
  assert.equal(run.status, 0, run.stderr);
  const review = page(empty, '/review/');
  assert.equal(clean(text(select(review, 'p.review-count')[0] as Element)), '没有待核对的取舍：解析程序没有在任何报道中记录过两种相近读法之间的选择。');
  assert.deepEqual(robots(review), ['noindex']);
  assert.deepEqual(
    htmlFiles(empty).filter((p) => p.startsWith('/review/')),
    ['/review/index.html'],
  );
});

test('an article whose decision is broken by a hand edit fails the build with the file and the field named', () => {
  const broken = mkdtempSync(join(tmpdir(), 'review-broken-'));
  writeArticle(join(broken, 'articles'), { date: '2025-05-31', id: 'b1', title: '新闻发布会召开', file: 'dumps/2025-05-31.txt', text: sourceText({}), startLine: 3, extra: { decisions: [{ ...subhead, startLine: 0, endLine: 5 }] } });
  const run = build(broken);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /2025\/05\/31\/b1\.md: field "decisions\.0\.startLine": expected a line from 1, found 0/u);
});
