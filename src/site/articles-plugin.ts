// Collections and filters for article pages.
import type { CollectionItem, EleventyConfig } from './eleventy-types.ts';
import { articleDataProblems } from './article-schema.ts';
import { editionDate, isoDay } from './dates.ts';

interface SourceRef { file: string; startLine: number }

/** Newest edition first; within an edition, in the order the stories stand in their dumps. */
export function editionOrder(a: CollectionItem, b: CollectionItem): number {
  const da = isoDay(a.data.date);
  const db = isoDay(b.data.date);
  if (da !== db) return da < db ? 1 : -1;
  const sa = a.data.source as SourceRef;
  const sb = b.data.source as SourceRef;
  return sa.file.localeCompare(sb.file) || sa.startLine - sb.startLine;
}

export default function articlesPlugin(config: EleventyConfig): void {
  config.addCollection('articles', (api) => {
    const items = api.getAll().filter((item) => typeof item.data.id === 'string' && item.inputPath.endsWith('.md'));
    for (const item of items) {
      const problems = articleDataProblems(item.data);
      if (problems.length) throw new Error(`${item.inputPath}: ${problems.join('; ')}`);
    }
    return items.sort(editionOrder);
  });
  config.addFilter('editionDate', editionDate as (...args: never[]) => unknown);
  config.addFilter('isoDay', isoDay as (...args: never[]) => unknown);
  // Articles carry their own permalink and use the article layout; other pages set theirs.
  config.addGlobalData('eleventyComputed', {
    permalink: (data: Record<string, unknown>) => (typeof data.id === 'string' && typeof data.url === 'string' ? data.url : data.permalink),
    layout: (data: Record<string, unknown>) => (typeof data.id === 'string' ? 'article.njk' : data.layout),
  });
}
