// The text pass, the site's data export and the search index, in a worker thread: they need no page Eleventy
// renders, so they run on the other core while Eleventy renders the pages.
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleStore, articleRecord } from '../site/article-store.ts';
import { buildArchive } from '../site/archive.ts';
import { DataExport } from '../site/export.ts';
import { buildSearchIndex } from '../search/index-builder.ts';
import type { NamedPage } from '../search/index-format.ts';
import { textPass } from './text-pass.ts';
import { namedPages } from './named-pages.ts';

const { articles, siteDir } = workerData as { articles: string; siteDir: string };
const started = performance.now();

/**
 * The records, with the data export written on the way. The articles' front matter and
 * the archive (0.56 GB at 220,000 articles) live only here: once the builder has read
 * every record they can go, before its passes, the longest part, begin.
 */
let pages: NamedPage[] = [];
function* records() {
  const store = new ArticleStore(articles);
  const archive = buildArchive(store.data.map(articleRecord));
  pages = namedPages(archive);
  const exported = new DataExport(siteDir);
  yield* textPass(archive.editions, store, exported);
  exported.index(archive.editions);
}

const stats = buildSearchIndex(records(), siteDir, () => pages);
// Its own time: the thread that started it may hear of it only when it is free.
parentPort?.postMessage({ ...stats, seconds: (performance.now() - started) / 1000 });
