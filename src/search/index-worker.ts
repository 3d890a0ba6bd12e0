// The text pass and the search index, in a worker thread: they need no page Eleventy
// renders, so they run on the other core while Eleventy renders the pages.
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleStore, articleRecord } from '../site/article-store.ts';
import { buildArchive } from '../site/archive.ts';
import { textPass } from '../site/text-pass.ts';
import { DataExport } from '../site/export.ts';
import { buildSearchIndex } from './index-builder.ts';

const { articles, siteDir } = workerData as { articles: string; siteDir: string };
const started = performance.now();
const store = new ArticleStore(articles);
const archive = buildArchive(store.data.map(articleRecord));
const exported = new DataExport(siteDir);
const stats = buildSearchIndex(textPass(archive.editions, store, exported), siteDir);
exported.index(archive.editions);
// Its own time: the thread that started it may hear of it only when it is free.
parentPort?.postMessage({ ...stats, seconds: (performance.now() - started) / 1000 });
