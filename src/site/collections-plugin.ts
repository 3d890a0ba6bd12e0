// Collections: the articles, read from the articles folder (article-store.ts), and the
// archive's structure built from them once per build (editions, months, years,
// sections, reporters). The pages of one run paginate over the `…Pages` collections,
// which hold only the run's part of the archive (parts.ts); listings read the whole.
import type { EleventyConfig } from './eleventy-types.ts';
import { buildArchive, sitemapEntries, type Archive } from './archive.ts';
import { ArticleStore, articleRecord } from './article-store.ts';
import type { SitePart } from './parts.ts';

export interface Built { archive: Archive; store: ArticleStore }
/** Loaded once a process: every run of a build renders from the same archive. */
const loaded = new Map<string, Built>();
let current: Built | null = null;

/** The archive of the articles in `dir`, read once. */
export function loadArchive(dir: string): Built {
  let built = loaded.get(dir);
  if (!built) {
    const store = new ArticleStore(dir);
    built = { archive: buildArchive(store.data.map(articleRecord)), store };
    loaded.set(dir, built);
  }
  current = built;
  return built;
}

/** The archive of the latest build, for the filters that look an article's place or body up. */
export function currentArchive(): Built {
  if (!current) throw new Error('the archive is looked up before the collections were built');
  return current;
}

export default function collectionsPlugin(config: EleventyConfig, options: { articles: string; part: SitePart | null }): void {
  const archive = () => loadArchive(options.articles).archive;
  const inPart = (year: number) => !options.part || options.part.years.includes(year);
  const shared = !options.part || options.part.shared;
  const yearOf = (date: string) => Number(date.slice(0, 4));

  // The articles in the archive's order (newest edition first, each in print order),
  // each with all of its front matter.
  const articleData = (a: Archive) => a.articles.map((r) => loadArchive(options.articles).store.get(r.url));
  const views: Array<[string, (a: Archive) => unknown[]]> = [
    ['articles', articleData], ['editions', (a) => a.editions], ['years', (a) => a.years],
    ['sections', (a) => a.sections], ['reporters', (a) => a.reporters], ['latest', (a) => a.latest], ['sitemap', sitemapEntries],
    // What this run renders a page for.
    ['articlePages', (a) => articleData(a).filter((d) => d && inPart(yearOf(d.date)))],
    ['editionPages', (a) => a.editions.filter((e) => inPart(e.year))],
    ['monthPages', (a) => a.months.filter((m) => inPart(m.year))],
    ['yearPages', (a) => a.years.filter((y) => inPart(y.year))],
    ['sourcePages', (a) => a.sourceFiles.filter((f) => inPart(yearOf(f.articles[0]?.article.date ?? '0')))],
    ['sectionPages', (a) => (shared ? a.sectionPages : [])],
    ['reporterPages', (a) => (shared ? a.reporterPages : [])],
  ];
  for (const [name, view] of views) config.addCollection(name, () => view(archive()));
}
