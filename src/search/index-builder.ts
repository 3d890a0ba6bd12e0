// Builds the search index over a built site: every article page becomes a Pagefind
// record through indexDocument; the rest of the site is not indexed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { recordFromPage } from './record.ts';
import { indexDocument, INDEX_LANGUAGE } from './document.ts';

const ARTICLE_PAGE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/u;

export function articlePages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).map((p) => p.split('\\').join('/')).filter((p) => ARTICLE_PAGE.test(p)).sort();
}

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const path of articlePages(siteDir)) {
      const url = `/${path.replace(/index\.html$/u, '')}`;
      const record = recordFromPage(readFileSync(join(siteDir, path), 'utf8'), url);
      if (!record) continue;
      const added = await index.addHTMLFile({ url, content: indexDocument(record) });
      if (added.errors.length) throw new Error(`pagefind could not index ${url}: ${added.errors.join('; ')}`);
      pages++;
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages };
  } finally {
    await pagefind.close();
  }
}
