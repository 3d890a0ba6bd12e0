// Collections: the articles, read from the articles folder (article-store.ts), and the
// archive's structure built from them once per build (editions, months, years,
// sections, reporters).
import type { EleventyConfig } from './eleventy-types.ts';
import { buildArchive, sitemapEntries, type Archive } from './archive.ts';
import { ArticleStore, articleRecord } from './article-store.ts';

export interface Built { archive: Archive; store: ArticleStore }
/** The archive of the latest build, for the filters that look an article's place or body up. */
let current: Built | null = null;

export function currentArchive(): Built {
  if (!current) throw new Error('the archive is looked up before the collections were built');
  return current;
}

export default function collectionsPlugin(config: EleventyConfig, options: { articles: string }): void {
  let built: Built | null = null;
  const archive = () => {
    if (!built) {
      const store = new ArticleStore(options.articles);
      built = { archive: buildArchive(store.data.map(articleRecord)), store };
      current = built;
    }
    return built.archive;
  };
  // The articles in the archive's order (newest edition first, each in print order),
  // each with all of its front matter: the article pages paginate over them.
  config.addCollection('articles', () => {
    archive();
    const { store } = built as Built;
    return (built as Built).archive.articles.map((a) => store.get(a.url));
  });
  const views: Array<[string, (a: Archive) => unknown[]]> = [
    ['editions', (a) => a.editions], ['months', (a) => a.months], ['years', (a) => a.years],
    ['sections', (a) => a.sections], ['reporters', (a) => a.reporters],
    ['sectionPages', (a) => a.sectionPages], ['reporterPages', (a) => a.reporterPages], ['sourceFiles', (a) => a.sourceFiles], ['latest', (a) => a.latest], ['sitemap', sitemapEntries],
  ];
  for (const [name, view] of views) config.addCollection(name, () => view(archive()));
}
