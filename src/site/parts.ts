// A large archive is rendered in parts, one Eleventy run each: Eleventy keeps every
// page it renders in memory until its run ends, so a run must stay bounded whatever the
// archive's size. A part is a run of consecutive years (an article's, edition's, month's
// and year's pages, and the pages of the source files read on those days); the last
// part also renders the pages that span the archive (home, sections, reporters, feed,
// sitemap and the rest). A small archive is one part.
import type { Archive } from './archive.ts';

export interface SitePart {
  /** The years whose pages this run renders. */
  years: number[];
  /** This run renders the pages that span every year. */
  shared: boolean;
  /** Only these pages of the archive's collections, by URL (an added edition's), and the shared ones. */
  pages?: string[];
}

/** About 0.45 GB of rendered pages in one run (measured 1.2 GB at 20,000 articles). */
export const ARTICLES_PER_PART = 7_500;

export function siteParts(archive: Archive, articlesPerPart = ARTICLES_PER_PART): SitePart[] {
  const parts: SitePart[] = [];
  let size = 0;
  for (const year of archive.years) {
    const articles = year.months.reduce((n, m) => n + m.editions.reduce((k, e) => k + e.articles.length, 0), 0);
    const last = parts.at(-1);
    if (last && size + articles <= articlesPerPart) { last.years.push(year.year); size += articles; } else { parts.push({ years: [year.year], shared: false }); size = articles; }
  }
  if (parts.length === 0) parts.push({ years: [], shared: false });
  (parts.at(-1) as SitePart).shared = true;
  return parts;
}

/** The part of this run, as the build hands it over (ARCHIVE_PART); without one, the whole site. */
export function currentPart(): SitePart | null {
  return process.env.ARCHIVE_PART ? (JSON.parse(process.env.ARCHIVE_PART) as SitePart) : null;
}
