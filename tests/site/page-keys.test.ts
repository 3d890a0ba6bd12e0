import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArchive, sourcePath, type ArticleRecord } from '../../src/site/archive.ts';
import type { Decision } from '../../src/ingest/types.ts';
import { ArticleStore, articleRecord, type StoreEntry } from '../../src/site/article-store.ts';
import { changedPages, pageKeys } from '../../src/site/page-keys.ts';

let n = 0;
function story(date: string, over: Partial<ArticleRecord> = {}): StoreEntry {
  n++;
  const source = { file: `dumps/${date}.txt`, startLine: n * 10, endLine: n * 10 + 5 };
  const data = {
    id: `id${n}`,
    url: `/${date.replaceAll('-', '/')}/id${n}/`,
    title: `标题${n}`,
    kicker: null,
    subtitle: null,
    date,
    section: '要闻',
    editor: null,
    pageNumber: null,
    pageHeader: null,
    column: null,
    reporters: ['何春林'],
    correspondents: [],
    photographers: [],
    bylines: [],
    source,
    sources: [source],
    file: `articles/id${n}.md`,
    ...over,
  };
  return { data, body: { start: 0, length: 0 } };
}
const keysOf = (entries: StoreEntry[]) => {
  const store = new ArticleStore('articles', entries);
  return pageKeys(buildArchive(store.data.map(articleRecord)), store);
};

test('a new edition changes its own pages, the edition before it, its month and year, and the listings it joins', () => {
  const old = [story('2025-05-30'), story('2025-05-30', { section: '社会', reporters: [] }), story('2025-05-31')];
  const added = [story('2025-06-01'), story('2025-06-01', { reporters: ['戴凛'] })];
  const { changed, removed } = changedPages(keysOf(old), keysOf([...old, ...added]));
  assert.deepEqual(removed, []);
  assert.deepEqual(
    changed.sort(),
    [
      ...added.map((e) => e.data.url),
      '/2025/',
      '/2025/05/',
      '/2025/05/31/',
      '/2025/06/',
      '/2025/06/01/',
      '/reporters/何春林/',
      '/reporters/戴凛/',
      '/sections/要闻/',
      sourcePath('dumps/2025-06-01.txt'),
      // The year's sitemap, and the browsing pages' one (a new reporter's page).
      '/sitemaps/2025.xml',
      '/sitemaps/browse.xml',
    ].sort(),
  );
  // Untouched: the section the edition does not join, the editions before the last, their stories.
  assert.ok(!changed.includes('/sections/社会/') && !changed.includes('/2025/05/30/') && !changed.includes(old[0]?.data.url as string));
});

test('a story edited in place changes its page and the pages that show its headline, and nothing else', () => {
  const stories = [story('2025-05-30'), story('2025-05-30'), story('2025-05-31')];
  const edited = stories.map((e, i) => (i === 1 ? { ...e, data: { ...e.data, title: '新标题' } } : e));
  const { changed } = changedPages(keysOf(stories), keysOf(edited));
  // Its own page, the story beside it (which links to it), its edition, month, listings and source.
  assert.deepEqual(changed.sort(), [stories[0]?.data.url, stories[1]?.data.url, '/2025/05/', '/2025/05/30/', '/reporters/何春林/', '/sections/要闻/', sourcePath('dumps/2025-05-30.txt')].sort());
  const same = changedPages(keysOf(stories), keysOf(stories));
  assert.deepEqual(same, { changed: [], removed: [] });
});

const decision: Decision = { rule: 'subhead', chose: '小标题', over: '新报道的标题', evidence: '其下没有署名', startLine: 12, endLine: 12 };

test("a year's review page changes with its articles' decisions and locks, and with nothing else", () => {
  const stories = [story('2024-03-02', { decisions: [decision] }), story('2025-05-30', { decisions: [decision] }), story('2025-05-31')];
  const before = keysOf(stories);
  assert.ok(before.has('/review/2024/') && before.has('/review/2025/'));
  const edit = (i: number, over: Record<string, unknown>) => stories.map((e, j) => (j === i ? { ...e, data: { ...e.data, ...over } } : e));
  const review = (after: StoreEntry[]) => changedPages(before, keysOf(after)).changed.filter((u) => u.startsWith('/review/'));
  assert.deepEqual(review(edit(1, { decisions: [{ ...decision, evidence: '另一条依据' }] })), ['/review/2025/']);
  assert.deepEqual(review(edit(1, { locked: true })), ['/review/2025/']);
  assert.deepEqual(review(edit(2, { decisions: [decision] })), ['/review/2025/'], 'an article gains a decision');
  assert.deepEqual(review(edit(2, { title: '新标题' })), [], 'an article without decisions is on no review page');
  assert.deepEqual(changedPages(before, keysOf(edit(0, { decisions: undefined }))).removed, ['/review/2024/'], 'a year left without decisions has no page');
});
