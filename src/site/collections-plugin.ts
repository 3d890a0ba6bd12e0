// Collections: the articles, checked as they enter, and the archive's structure built
// from them once per build (editions, months, years, sections, reporters).
import type { CollectionApi, CollectionItem, EleventyConfig } from './eleventy-types.ts';
import { articleDataProblems } from './article-schema.ts';
import { buildArchive, sitemapEntries, type Archive, type ArticleRecord } from './archive.ts';
import { isoDay } from './dates.ts';

const built = new WeakMap<CollectionApi, { archive: Archive; items: Map<string, CollectionItem> }>();
/** The archive of the latest build, for the filters that look an article's place up. */
let current: { archive: Archive; items: Map<string, CollectionItem> } | null = null;

export function currentArchive(): { archive: Archive; items: Map<string, CollectionItem> } {
  if (!current) throw new Error('the archive is looked up before the collections were built');
  return current;
}

/** An article's data: its source file is Markdown (pages are Nunjucks templates). */
const isArticle = (data: Record<string, unknown>) => String((data.page as { inputPath?: string } | undefined)?.inputPath ?? '').endsWith('.md');

function articleItems(api: CollectionApi): CollectionItem[] {
  // Every Markdown file in the input folder is an article: one whose front matter is
  // broken fails the build by name, it never drops out of the site unnoticed.
  const items = api.getAll().filter((item) => item.inputPath.endsWith('.md'));
  for (const item of items) {
    const problems = articleDataProblems(item.data);
    if (problems.length) throw new Error(`${item.inputPath}: ${problems.join('; ')}`);
  }
  return items;
}

function record(item: CollectionItem): ArticleRecord {
  const d = item.data as unknown as ArticleRecord;
  return {
    id: d.id, url: d.url, title: d.title, kicker: d.kicker ?? null, subtitle: d.subtitle ?? null, date: isoDay(item.data.date),
    section: d.section ?? null, editor: d.editor ?? null, pageNumber: d.pageNumber ?? null, column: d.column ?? null,
    reporters: d.reporters, correspondents: d.correspondents, photographers: d.photographers, source: d.source,
    sources: Array.isArray(d.sources) && d.sources.length ? d.sources : [d.source],
  };
}

function archiveOf(api: CollectionApi) {
  let entry = built.get(api);
  if (!entry) {
    const items = articleItems(api);
    entry = { archive: buildArchive(items.map(record)), items: new Map(items.map((i) => [i.data.url as string, i])) };
    built.set(api, entry);
    current = entry;
  }
  return entry;
}

export default function collectionsPlugin(config: EleventyConfig): void {
  // The articles in the archive's order: newest edition first, each in print order.
  config.addCollection('articles', (api) => {
    const { archive, items } = archiveOf(api);
    return archive.articles.map((a) => items.get(a.url) as CollectionItem);
  });
  const views: Array<[string, (a: Archive) => unknown[]]> = [
    ['editions', (a) => a.editions], ['months', (a) => a.months], ['years', (a) => a.years],
    ['sections', (a) => a.sections], ['reporters', (a) => a.reporters],
    ['sectionPages', (a) => a.sectionPages], ['reporterPages', (a) => a.reporterPages], ['sourceFiles', (a) => a.sourceFiles], ['latest', (a) => a.latest], ['sitemap', sitemapEntries],
  ];
  for (const [name, view] of views) config.addCollection(name, (api) => view(archiveOf(api).archive));
  // Articles carry their own permalink and use the article layout; other pages set theirs.
  config.addGlobalData('eleventyComputed', {
    permalink: (data: Record<string, unknown>) => (isArticle(data) ? data.url : data.permalink),
    layout: (data: Record<string, unknown>) => (isArticle(data) ? 'article.njk' : data.layout),
  });
}
