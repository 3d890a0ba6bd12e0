// One pass over the articles' text, edition by edition, oldest first: each body is read
// and rendered once, for both of its readers outside the pages themselves, the data
// export and the search index.
import type { Archive } from './archive.ts';
import type { ArticleStore } from './article-store.ts';
import { DataExport } from './export.ts';
import { textBlocks } from './text.ts';
import { searchRecord, type SearchRecord } from '../search/record.ts';

/** The search records of every article in edition order; each edition's export is written as it passes. */
export function* textPass(archive: Archive, store: ArticleStore, siteDir: string): Generator<SearchRecord> {
  const exported = new DataExport(siteDir);
  for (const edition of archive.editions) {
    const texts = new Map<string, string>();
    for (const article of edition.articles) {
      const data = store.get(article.url);
      if (!data) throw new Error(`${article.url}: in the archive but not in the articles folder`);
      const blocks = textBlocks(store.body(article.url));
      texts.set(article.url, blocks.map((b) => b.text).join('\n'));
      yield searchRecord(data, blocks);
    }
    exported.edition(edition, (url) => texts.get(url) ?? '');
  }
  exported.index(archive.editions);
}
