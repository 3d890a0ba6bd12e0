// The machine-readable export: one JSON file per edition under /data/, and an index of
// them, so researchers can take the archive's metadata and text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleRecord, Edition } from './archive.ts';
import { SITE } from './site.ts';

/** An article as exported: what the site knows of it, and its text; the proofreading (decisions, locks) stays on /review/. */
export type ExportedArticle = Omit<ArticleRecord, 'sources' | 'decisions' | 'locked'> & { text: string };

/** The export of one edition; `text`: an article's text, one line a block, by its URL. */
export function editionExport(edition: Edition, text: (url: string) => string) {
  return {
    paper: SITE.paper,
    date: edition.date,
    url: `${SITE.url}${edition.url}`,
    pages: edition.pages.map((p) => ({
      section: p.section, editor: p.editor, pageNumber: p.pageNumber,
      articles: p.articles.map((a): ExportedArticle => ({
        id: a.id, url: `${SITE.url}${a.url}`, title: a.title, kicker: a.kicker, subtitle: a.subtitle, date: a.date,
        section: a.section, editor: a.editor, pageNumber: a.pageNumber, column: a.column,
        reporters: a.reporters, correspondents: a.correspondents, photographers: a.photographers,
        source: a.source, text: text(a.url),
      })),
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
