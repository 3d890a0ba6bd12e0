// The machine-readable export: one JSON file per edition under /data/, and an index of
// them, so researchers can take the archive's metadata and text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { frontMatter } from '../article/schema.ts';
import type { ArticleRecord, Edition } from './archive.ts';
import { SITE } from './site.ts';

/** The front matter an article is exported with, in the schema's order: the proofreading (decisions, locks) stays on /review/. */
const exported = frontMatter.pick({
  id: true,
  url: true,
  title: true,
  kicker: true,
  subtitle: true,
  date: true,
  section: true,
  pageNumber: true,
  editor: true,
  column: true,
  reporters: true,
  correspondents: true,
  photographers: true,
  source: true,
});
const EXPORTED_FIELDS = Object.keys(exported.shape) as Array<keyof z.infer<typeof exported>>;

/** An article as exported: those fields, its URL absolute, and its text. */
export type ExportedArticle = z.infer<typeof exported> & { text: string };

function exportedArticle(a: ArticleRecord, text: string): ExportedArticle {
  const fields = Object.fromEntries(EXPORTED_FIELDS.map((key) => [key, a[key]])) as z.infer<typeof exported>;
  return { ...fields, url: `${SITE.url}${a.url}`, text };
}

/** The export of one edition; `text`: an article's text, one line a block, by its URL. */
export function editionExport(edition: Edition, text: (url: string) => string) {
  return {
    paper: SITE.paper,
    date: edition.date,
    url: `${SITE.url}${edition.url}`,
    pages: edition.pages.map((p) => ({
      section: p.section,
      editor: p.editor,
      pageNumber: p.pageNumber,
      articles: p.articles.map((a) => exportedArticle(a, text(a.url))),
    })),
  };
}

export function editionIndex(editions: Edition[]) {
  return {
    paper: SITE.paper,
    editions: editions.map((e) => ({ date: e.date, url: `${SITE.url}${e.url}`, data: `${SITE.url}${exportPath(e)}`, articles: e.articles.length })),
  };
}

export const exportPath = (edition: Edition) => `/data/${edition.date.replaceAll('-', '/')}.json`;

/** Writes the export of each edition as it comes, and the index of them at the end. */
export class DataExport {
  constructor(private readonly siteDir: string) {}

  edition(edition: Edition, text: (url: string) => string): void {
    const file = join(this.siteDir, exportPath(edition));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(editionExport(edition, text))}\n`);
  }

  index(editions: Edition[]): void {
    writeFileSync(join(this.siteDir, 'data', 'index.json'), `${JSON.stringify(editionIndex(editions))}\n`);
  }
}
