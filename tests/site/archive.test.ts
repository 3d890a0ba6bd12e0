import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildArchive, PAGE_SIZE, reporterPath, sectionPath, SITEMAP_URLS, sitemaps, slug, sourcePath, type ArticleRecord } from '../../src/site/archive.ts';

let n = 0;
const article = (date: string, over: Partial<ArticleRecord> = {}): ArticleRecord => {
  n++;
  const source = { file: over.source?.file ?? `${date}.txt`, startLine: over.source?.startLine ?? n * 10, endLine: (over.source?.startLine ?? n * 10) + 5 };
  return {
    id: `id${n}`,
    url: `/${date.replaceAll('-', '/')}/id${n}/`,
    title: `标题${n}`,
    kicker: null,
    subtitle: null,
    date,
    section: null,
    editor: null,
    pageNumber: null,
    column: null,
    reporters: [],
    correspondents: [],
    photographers: [],
    source,
    sources: [source],
    decisions: [],
    locked: false,
    ...over,
  };
};

test('an edition groups its stories into pages, in print order', () => {
  const a = article('2025-05-31', { source: { file: 'b.txt', startLine: 3, endLine: 9 } });
  const b = article('2025-05-31', { section: '就业·创业', editor: '王建设', source: { file: 'b.txt', startLine: 115, endLine: 150 } });
  const c = article('2025-05-31', { source: { file: 'a.txt', startLine: 50, endLine: 60 } });
  const d = article('2025-05-31', { section: '就业·创业', editor: '王建设', source: { file: 'b.txt', startLine: 160, endLine: 170 } });
  const [edition] = buildArchive([d, c, b, a]).editions;
  assert.deepEqual(
    edition?.pages.map((p) => [p.section, p.articles.map((x) => x.id)]),
    [
      [null, [c.id]],
      [null, [a.id]],
      ['就业·创业', [b.id, d.id]],
    ],
  );
  assert.equal(edition?.url, '/2025/05/31/');
});

test("a manifest's page numbers order the pages before the file names do", () => {
  const a = article('2025-06-01', { pageNumber: 'A10', source: { file: 'a.txt', startLine: 1, endLine: 2 } });
  const b = article('2025-06-01', { pageNumber: 'A2', source: { file: 'b.txt', startLine: 1, endLine: 2 } });
  assert.deepEqual(
    buildArchive([a, b]).editions[0]?.articles.map((x) => x.pageNumber),
    ['A2', 'A10'],
  );
});

test('editions, months and years link to their neighbours; a month calendar starts on Monday', () => {
  const archive = buildArchive([article('2025-05-09'), article('2025-05-31'), article('2026-01-21')]);
  assert.deepEqual(
    archive.editions.map((e) => [e.prev?.date ?? null, e.date, e.next?.date ?? null]),
    [
      [null, '2025-05-09', '2025-05-31'],
      ['2025-05-09', '2025-05-31', '2026-01-21'],
      ['2025-05-31', '2026-01-21', null],
    ],
  );
  const may = archive.months[0];
  assert.equal(may?.url, '/2025/05/');
  assert.deepEqual(
    may?.weeks[0]?.map((d) => d?.day ?? null),
    [null, null, null, 1, 2, 3, 4],
    'May 1st 2025 was a Thursday',
  );
  assert.equal(may?.weeks.flat().filter((d) => d?.edition).length, 2);
  assert.deepEqual(
    archive.years.map((y) => [y.year, y.editions, y.calendar.length, y.calendar.filter((m) => m.url).length]),
    [
      [2025, 2, 12, 1],
      [2026, 1, 12, 1],
    ],
  );
});

test('sections list newest first; stories of an uncaptured page header are grouped as unknown, not guessed', () => {
  const archive = buildArchive([article('2025-05-09', { section: '职教·观察' }), article('2026-01-21', { section: '职教·观察' }), article('2025-05-31')]);
  assert.deepEqual(
    archive.sections.map((s) => [s.label, s.url, s.articles.map((a) => a.date)]),
    [
      ['职教·观察', '/sections/职教-观察/', ['2026-01-21', '2025-05-09']],
      ['版面未注明', '/sections/unknown/', ['2025-05-31']],
    ],
  );
});

test('reporters count each role; a name in two roles of one story is listed once with both', () => {
  const archive = buildArchive([article('2025-05-31', { reporters: ['何春林'], correspondents: ['叶云程'], photographers: ['何春林'] }), article('2025-06-01', { correspondents: ['何春林'] })]);
  const he = archive.reporters.find((r) => r.name === '何春林');
  assert.deepEqual(he?.roles, { reporter: 1, correspondent: 1, photographer: 1 });
  assert.deepEqual(
    he?.articles.map((x) => x.roles),
    [['correspondent'], ['reporter', 'photographer']],
  );
  assert.equal(he?.url, '/reporters/何春林/');
});

test('the numbered pages of a listing count from the oldest story, and the front page holds the newest', () => {
  const day = (i: number) => `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const pagesOf = (n: number) => buildArchive(Array.from({ length: n }, (_, i) => article(day(i), { section: '要闻' }))).sectionPages;
  assert.deepEqual(
    pagesOf(PAGE_SIZE + 5).map((p) => [p.url, p.page, p.items.length, p.newerUrl, p.olderUrl]),
    [['/sections/要闻/', null, PAGE_SIZE + 5, null, null]],
  );
  const long = pagesOf(3 * PAGE_SIZE + 7);
  assert.deepEqual(
    long.map((p) => [p.url, p.page, p.items.length, p.newerUrl, p.olderUrl]),
    [
      ['/sections/要闻/', null, PAGE_SIZE + 7, null, '/sections/要闻/page/2/'],
      ['/sections/要闻/page/2/', 2, PAGE_SIZE, '/sections/要闻/', '/sections/要闻/page/1/'],
      ['/sections/要闻/page/1/', 1, PAGE_SIZE, '/sections/要闻/page/2/', null],
    ],
  );
  // Page 1 holds the oldest stories, newest first within it, with their dates.
  const first = long[2] as (typeof long)[number];
  assert.deepEqual([first.from, first.to], [day(0), day(PAGE_SIZE - 1)]);
  assert.deepEqual(
    long.flatMap((p) => p.items.map((x) => ('article' in x ? x.article : x).date)),
    Array.from({ length: 3 * PAGE_SIZE + 7 }, (_, i) => day(i)).reverse(),
  );
});

test('a new story changes the front page of a listing, and a numbered page only when it seals one', () => {
  const day = (i: number) => `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const stories = Array.from({ length: 4 * PAGE_SIZE }, (_, i) => article(day(i), { section: '要闻' }));
  const shown = (n: number) => new Map(buildArchive(stories.slice(0, n)).sectionPages.map((p) => [p.url, JSON.stringify([p.items.map((x) => ('article' in x ? x.article : x).id), p.newerUrl, p.olderUrl])]));
  const changed = (n: number) => {
    const before = shown(n);
    return [...shown(n + 1)].filter(([url, page]) => before.get(url) !== page).map(([url]) => url);
  };
  assert.deepEqual(changed(2 * PAGE_SIZE + 3), ['/sections/要闻/']);
  // The front page is full again: it gives its oldest PAGE_SIZE stories to a new page 2, and page 1 links to it.
  assert.deepEqual(changed(3 * PAGE_SIZE - 1), ['/sections/要闻/', '/sections/要闻/page/2/', '/sections/要闻/page/1/']);
});

test('an article knows its page, the stories on it, and the stories before and after it', () => {
  const a = article('2025-05-31', { section: 'X' });
  const b = article('2025-05-31', { section: 'X' });
  const c = article('2025-05-31', { section: 'Y' });
  const ctx = buildArchive([a, b, c]).contexts.get(b.url);
  assert.deepEqual([ctx?.samePage.map((x) => x.id), ctx?.prev?.id, ctx?.next?.id], [[a.id], a.id, c.id]);
});

test('source files and the sitemap cover what the archive holds', () => {
  const a = article('2025-05-31', { source: { file: 'raw/x.txt', startLine: 1, endLine: 5 } });
  const archive = buildArchive([a]);
  assert.deepEqual(
    archive.sourceFiles.map((f) => [f.url, f.articles.length]),
    [[sourcePath('raw/x.txt'), 1]],
  );
  assert.match(sourcePath('raw/x.txt'), /^\/sources\/x-txt-[0-9a-f]{8}\/$/u);
  assert.notEqual(sourcePath('raw/x.txt'), sourcePath('other/x.txt'));
  const maps = sitemaps(archive);
  assert.deepEqual(
    maps.map((m) => [m.url, m.year]),
    [
      ['/sitemaps/browse.xml', null],
      ['/sitemaps/2025.xml', 2025],
    ],
  );
  const paths = maps.flatMap((m) => m.entries.map((e) => e.path));
  for (const p of ['/', '/2025/', '/2025/05/', '/2025/05/31/', a.url, '/sections/unknown/']) assert.ok(paths.includes(p), p);
});

test('a sitemap lists at most 50,000 URLs: a longer year is split, and every page is listed once', () => {
  const many = Array.from({ length: SITEMAP_URLS + 10 }, (_, i) => article(`2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`));
  const maps = sitemaps(buildArchive([...many, article('2025-01-02')]));
  assert.deepEqual(
    maps.map((m) => m.url),
    ['/sitemaps/browse.xml', '/sitemaps/2024.xml', '/sitemaps/2024-2.xml', '/sitemaps/2025.xml'],
  );
  assert.ok(maps.every((m) => m.entries.length <= SITEMAP_URLS));
  const paths = maps.flatMap((m) => m.entries.map((e) => e.path));
  assert.equal(new Set(paths).size, paths.length);
  for (const a of many) assert.ok(paths.includes(a.url));
});

test('slugs keep letters and digits of any script and turn other marks into one dash', () => {
  assert.equal(slug('就业·创业'), '就业-创业');
  assert.match(slug(' A03 要闻 '), /^a03-要闻--[0-9a-f]{8}$/u);
  assert.match(slug('··'), /^x--[0-9a-f]{8}$/u);
});

test('a name its slug spells keeps its URL; a name that differs only in marks, case or width, or spells a reserved page, gets a hash of its own', () => {
  for (const [name, url] of [
    ['就业·创业', '/sections/就业-创业/'],
    ['职教·观察', '/sections/职教-观察/'],
    ['要闻', '/sections/要闻/'],
  ] as const)
    assert.equal(sectionPath(name), url);
  assert.equal(reporterPath('何春林'), '/reporters/何春林/');
  const names = ['就业·创业', '就业・创业', '就业-创业', '就业 创业', '就业··创业', 'unknown', 'page', 'SYB', 'syb', 'ＳＹＢ', 'x', '··', ''];
  const slugs = names.map(slug);
  assert.equal(new Set(slugs).size, names.length, slugs.join(' '));
  assert.equal(new Set(slugs.map((s) => s.toLowerCase())).size, names.length, 'never two that differ only in case');
  assert.ok(!names.map(sectionPath).includes('/sections/unknown/'), 'no section takes the page of uncaptured headers');
  assert.match(slug('就业・创业'), /^就业-创业--[0-9a-f]{8}$/u, 'readable, then the hash');
});

test("a name's URL rests on the name alone, not on the other names in the archive", () => {
  const alone = buildArchive([article('2025-05-31', { section: '就业・创业', reporters: ['SYB'] })]);
  const among = buildArchive([article('2025-05-30', { section: '就业·创业', reporters: ['syb'] }), article('2025-05-31', { section: '就业・创业', reporters: ['SYB'] }), article('2025-06-01', { section: '就业-创业', reporters: ['ＳＹＢ'] })]);
  const urlOf = (a: typeof alone) => [a.sections.find((s) => s.name === '就业・创业')?.url, a.reporters.find((r) => r.name === 'SYB')?.url];
  assert.deepEqual(urlOf(among), urlOf(alone));
  assert.equal(among.sections.length, 3, 'three sections, not one');
  assert.equal(among.reporters.length, 3);
});

test("a long name or file name stays within a file name's 255 bytes, distinct from its neighbours", () => {
  const long = `${'株洲日报'.repeat(20)}第一版`;
  assert.equal(long.length, 83);
  const segments = (path: string) => path.split('/').filter(Boolean);
  const paths = [sourcePath(`raw/${long}.txt`), sourcePath(`raw/${long}2.txt`), sourcePath(`other/${long}.txt`), sectionPath(long), sectionPath(`${long}2`), reporterPath(long)];
  for (const path of paths) for (const s of segments(path)) assert.ok(Buffer.byteLength(s) <= 255, `${s}: ${Buffer.byteLength(s)} bytes`);
  assert.equal(new Set(paths).size, paths.length);
  assert.equal(sourcePath('raw/x.txt'), `/sources/x-txt-${createHash('sha256').update('raw/x.txt').digest('hex').slice(0, 8)}/`, 'a short name keeps its URL');
});
