// One pass over the articles' text, edition by edition, oldest first: each body is read
// and rendered once, for both of its readers outside the pages themselves, the site's
// data export and the search index.
import type { Archive, ArticleRecord, Edition } from '../site/archive.ts';
import type { ArticleStore } from '../site/article-store.ts';
import type { DataExport } from '../site/export.ts';
import { searchRecord, type SearchRecord } from '../search/record.ts';

function record(store: ArticleStore, article: ArticleRecord): { record: SearchRecord; text: string } {
  const data = store.get(article.url);
  if (!data) throw new Error(`${article.url}: in the archive but not in the articles folder`);
  const blocks = store.text(article.url);
  return { record: searchRecord(data, blocks), text: blocks.map((b) => b.text).join('\n') };
}

/** The search records of the editions' articles in edition order; with `exported`, each edition's export is written as it passes. */
export function* textPass(editions: Edition[], store: ArticleStore, exported: DataExport | null): Generator<SearchRecord> {
  for (const edition of editions) {
    const texts = new Map<string, string>();
    for (const article of edition.articles) {
      const { record: r, text } = record(store, article);
      texts.set(article.url, text);
      yield r;
    }
    exported?.edition(edition, (url) => texts.get(url) ?? '');
  }
}

/** The records of the search index's documents [from, to): the archive's articles in edition order, oldest first. */
export function* documentRecords(archive: Archive, store: ArticleStore, from: number, to: number): Generator<SearchRecord> {
  let doc = 0;
  for (const edition of archive.editions) {
    if (doc + edition.articles.length <= from) {
      doc += edition.articles.length;
      continue;
    }
    for (const article of edition.articles) {
      if (doc >= to) return;
      if (doc >= from) yield record(store, article).record;
      doc++;
    }
  }
}
