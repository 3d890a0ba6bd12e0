// Collections: the articles, read from the articles folder (article-store.ts), and the
// archive's structure built from them once per build (editions, months, years,
// sections, reporters). The pages of one run paginate over the `…Pages` collections,
// which hold only the run's part of the archive (parts.ts); listings read the whole.
import type { EleventyConfig } from '@11ty/eleventy';
import { buildArchive, sitemaps, type Archive } from './archive.ts';
import { ArticleStore, articleRecord } from './article-store.ts';
import { monthKey, type SitePart } from './parts.ts';

export interface Built {
  archive: Archive;
  store: ArticleStore;
}
/** Loaded once a process: every run of a build renders from the same archive. */
const loaded = new Map<string, Built>();

/** The archive of the articles in `dir`, read once; or of the store given (read from a saved state). */
export function loadArchive(dir: string, given?: ArticleStore): Built {
  let built = given ? undefined : loaded.get(dir);
  if (!built) {
    const store = given ?? new ArticleStore(dir);
    built = { archive: buildArchive(store.data.map(articleRecord)), store };
    loaded.set(dir, built);
  }
  return built;
}

export default function collectionsPlugin(config: EleventyConfig, options: { articles: string; part: SitePart | null }): void {
  const archive = () => loadArchive(options.articles).archive;
  const only = options.part?.pages ? new Set(options.part.pages) : null;
  const months = options.part ? new Set(options.part.months) : null;
  const shared = !options.part || options.part.shared;
  const monthOf = (date: string) => date.slice(0, 7);
  /** A year's pages go with the part that renders its first month. */
  const openingMonth = (a: Archive, year: number) => {
    const first = a.years.find((y) => y.year === year)?.months[0];
    return first ? monthKey(first.year, first.month) : null;
  };
  /** A page of this run: one of those named, or one of the part's months (null: a page that spans the archive). */
  const mine = <T extends { url: string }>(items: T[], month: (item: T) => string | null) =>
    items.filter((x) => {
      if (only) return only.has(x.url);
      const m = month(x);
      return m === null ? shared : !months || months.has(m);
    });

  // The articles in the archive's order (newest edition first, each in print order),
  // each with all of its front matter.
  const articleData = (a: Archive) => {
    const { store } = loadArchive(options.articles);
    return a.articles.map((r) => store.get(r.url));
  };
  const views: Array<[string, (a: Archive) => unknown[]]> = [
    ['articles', articleData],
    ['editions', (a) => a.editions],
    ['years', (a) => a.years],
    ['sections', (a) => a.sections],
    ['reporters', (a) => a.reporters],
    ['latest', (a) => a.latest],
    ['sitemaps', sitemaps],
    ['review', (a) => a.review],
    // What this run renders a page for.
    [
      'articlePages',
      (a) =>
        mine(
          articleData(a).filter((d) => d !== undefined),
          (d) => monthOf(d.date),
        ),
    ],
    ['editionPages', (a) => mine(a.editions, (e) => monthOf(e.date))],
    ['monthPages', (a) => mine(a.months, (m) => monthKey(m.year, m.month))],
    ['yearPages', (a) => mine(a.years, (y) => openingMonth(a, y.year))],
    ['sourcePages', (a) => mine(a.sourceFiles, (f) => monthOf(f.articles[0]?.article.date ?? '0000-00'))],
    ['reviewPages', (a) => mine(a.review, (y) => openingMonth(a, y.year))],
    ['sectionPages', (a) => mine(a.sectionPages, () => null)],
    ['reporterPages', (a) => mine(a.reporterPages, () => null)],
    ['sitemapPages', (a) => mine(sitemaps(a), (m) => (m.year === null ? null : openingMonth(a, m.year)))],
  ];
  for (const [name, view] of views) config.addCollection(name, () => view(archive()));
}
