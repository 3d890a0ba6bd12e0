// The machine-readable export: one JSON file per edition under /data/, and an index of
// them, so researchers can take the archive's metadata and text.
import type { ArticleRecord, Edition } from './archive.ts';
import { plainText } from './text.ts';
import { SITE } from './site.ts';

/** An article as exported: what the site knows of it, and its text. */
export type ExportedArticle = Omit<ArticleRecord, 'sources'> & { text: string };

/** `content`: an article's rendered body by its URL. */
export function editionExport(edition: Edition, content: (url: string) => string) {
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
        source: a.source, text: plainText(content(a.url)),
      })),
    })),
  };
}

export function editionIndex(editions: Edition[]) {
  return {
    paper: SITE.paper,
    editions: editions.map((e) => ({ date: e.date, url: `${SITE.url}${e.url}`, data: `${SITE.url}/data/${e.date.replaceAll('-', '/')}.json`, articles: e.articles.length })),
  };
}
