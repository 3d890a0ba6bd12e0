// What each page of the archive shows, as a short key: the same key, the same page.
// A build saves the keys of every article, edition, month, year, source, review and listing
// page and sitemap (site-state.ts); adding an edition renders only the pages whose key is new or
// changed. A key covers everything its template reads of the archive; the test that
// builds an edition in both ways and compares every file holds it to that.
import { createHash } from 'node:crypto';
import { sitemaps, type Archive, type ArticleRecord, type ListingPage } from './archive.ts';
import type { ArticleStore } from './article-store.ts';

const keyOf = (shown: unknown) => createHash('sha1').update(JSON.stringify(shown)).digest('base64url').slice(0, 16);

/** How a story appears in a list or a link: where it goes and its headline. */
const headline = (a: ArticleRecord | null | undefined) => (a ? [a.url, a.title, a.kicker, a.subtitle] : null);

function listingShown(p: ListingPage<{ url: string }>) {
  const owner = p.owner as unknown as { articles: unknown[]; label?: string; name?: string | null; roles?: unknown };
  return [
    p.url,
    p.page,
    p.from,
    p.to,
    p.newerUrl,
    p.olderUrl,
    owner.label,
    owner.name,
    // Only the front page counts the owner's stories.
    p.page === null ? [owner.articles.length, owner.roles] : null,
    p.items.map((x) => ('article' in x ? [headline(x.article), x.article.date, x.article.section, x.roles] : [headline(x), x.date, x.section])),
  ];
}

/** Every page's key, by its URL. */
export function pageKeys(archive: Archive, store: ArticleStore): Map<string, string> {
  const keys = new Map<string, string>();
  for (const a of archive.articles) {
    const ctx = archive.contexts.get(a.url);
    // The whole front matter: the article page shows fields the archive does not keep.
    keys.set(a.url, keyOf([store.get(a.url), ctx?.edition.url, ctx?.page.section, ctx?.samePage.map(headline), headline(ctx?.prev), headline(ctx?.next)]));
  }
  for (const e of archive.editions) {
    keys.set(e.url, keyOf([e.date, e.pages.map((p) => [p.section, p.editor, p.pageNumber, p.articles.map(headline)]), e.prev?.url, e.prev?.date, e.next?.url, e.next?.date]));
  }
  const calendar = (weeks: Archive['months'][number]['weeks']) => weeks.map((w) => w.map((d) => (d ? [d.date, d.edition?.url] : null)));
  for (const m of archive.months) {
    keys.set(m.url, keyOf([m.year, m.month, calendar(m.weeks), m.editions.map((e) => [e.url, e.date, e.articles.map((a) => [a.url, a.title])]), m.prev?.url, m.next?.url]));
  }
  for (const y of archive.years) {
    keys.set(y.url, keyOf([y.year, y.editions, y.calendar.map((m) => [m.url, m.editions.length, calendar(m.weeks)]), y.prev?.url, y.next?.url]));
  }
  for (const f of archive.sourceFiles) {
    keys.set(f.url, keyOf([f.file, f.sha256, f.name, f.articles.map((x) => [x.startLine, x.endLine, x.article.url, x.article.title])]));
  }
  for (const y of archive.review) {
    keys.set(y.url, keyOf([y.year, y.decisions, y.checked, y.articles.map((a) => [headline(a), a.date, a.section, a.pageNumber, store.get(a.url)?.file, a.locked, a.source, a.decisions])]));
  }
  for (const p of [...archive.sectionPages, ...archive.reporterPages]) keys.set(p.url, keyOf(listingShown(p as ListingPage<{ url: string }>)));
  for (const m of sitemaps(archive)) keys.set(m.url, keyOf(m.entries));
  return keys;
}

/** The URLs whose key is new or differs, and those no longer there. */
export function changedPages(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): { changed: string[]; removed: string[] } {
  const changed = [...after].filter(([url, key]) => before.get(url) !== key).map(([url]) => url);
  const removed = [...before.keys()].filter((url) => !after.has(url));
  return { changed, removed };
}
