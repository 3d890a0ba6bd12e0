// A large archive is rendered in parts, one Eleventy run each: Eleventy keeps every
// page it renders in memory until its run ends, so a run must stay bounded whatever the
// archive's size. A part is a run of consecutive months (their articles', editions' and
// month pages, the pages of the source files first read in them, and the year pages and
// sitemaps of the years they open); the last part also renders the pages that span the
// archive (home, sections, reporters, feed, the sitemap index and the rest). A small
// archive is one part.
import type { Archive } from './archive.ts';

export interface SitePart {
  /** The months (YYYY-MM) whose pages this run renders. */
  months: string[];
  /** This run renders the pages that span every year. */
  shared: boolean;
  /** Only these pages of the archive's collections, by URL (an added edition's), and the shared ones. */
  pages?: string[];
}

/**
 * About 0.3 GB of rendered pages in one run (measured 1.2 GB at 20,000 articles). The
 * search index on the other core takes longer than all the parts, so smaller parts
 * cost the build no time, and lower its peak; a month is never split.
 */
export const ARTICLES_PER_PART = 5_000;

/** A month's key, as parts name it. */
export const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export function siteParts(archive: Archive, articlesPerPart = ARTICLES_PER_PART): SitePart[] {
  const parts: SitePart[] = [];
  let size = 0;
  for (const month of archive.months) {
    const articles = month.editions.reduce((n, e) => n + e.articles.length, 0);
    const key = monthKey(month.year, month.month);
    const last = parts.at(-1);
    if (last && size + articles <= articlesPerPart) {
      last.months.push(key);
      size += articles;
    } else {
      parts.push({ months: [key], shared: false });
      size = articles;
    }
  }
  if (parts.length === 0) parts.push({ months: [], shared: false });
  (parts.at(-1) as SitePart).shared = true;
  return parts;
}

/** The part of this run, as the build hands it over (ARCHIVE_PART); without one, the whole site. */
export function currentPart(): SitePart | null {
  return process.env.ARCHIVE_PART ? (JSON.parse(process.env.ARCHIVE_PART) as SitePart) : null;
}
