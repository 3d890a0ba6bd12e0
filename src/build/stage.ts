// Rendering a build into its staging folder: the whole site (SITE.building/), or an
// added edition's changed pages, data export and search index (SITE.adding/). Nothing
// here writes outside the staging folder; commit.ts puts it in place.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { appendToSearchIndex, type IndexStats } from '../search/index-builder.ts';
import { bundleSearchScript } from '../search/bundle.ts';
import { runWorker } from '../worker.ts';
import type { Built } from '../site/collections-plugin.ts';
import { siteParts, type SitePart } from '../site/parts.ts';
import { DataExport } from '../site/export.ts';
import { crashPoint } from './crash.ts';
import { BuildFailure, diskProblem } from './failure.ts';
import { linkIndex } from './commit.ts';
import { documentRecords, textPass } from './text-pass.ts';
import { namedPages } from './named-pages.ts';

export interface Log {
  info(line: string): void;
  warn(line: string): void;
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function reportTruncated(urls: string[], log: Log) {
  for (const url of urls) log.warn(`warning: ${url}: longer than the search index reads; its end is not searchable`);
}

/**
 * Renders Eleventy runs into `dir`, one a part. The Eleventy config (.eleventy.ts) is
 * handed the articles folder, the output and the part through the environment, the
 * only way into a config file Eleventy loads itself.
 */
async function render(articles: string, dir: string, parts: SitePart[]) {
  process.env.ARCHIVE_ARTICLES = articles;
  process.env.ARCHIVE_OUTPUT = dir;
  try {
    for (const part of parts) {
      process.env.ARCHIVE_PART = JSON.stringify(part);
      const eleventy = new Eleventy(undefined, dir, { configPath: resolve(import.meta.dirname, '../../.eleventy.ts'), quietMode: true });
      // Eleventy's report of an error it throws (a block of lines, with stacks) would repeat what the build says in a line.
      eleventy.logger.overrideLogger({ log: console.log, warn: console.warn, error: () => {} });
      await eleventy.write();
      crashPoint('part-rendered');
    }
  } finally {
    delete process.env.ARCHIVE_PART;
  }
}

/** Runs `stage` into `dir`, a fresh folder; removes what it left when it fails. */
async function staged<T>(dir: string, stage: () => Promise<T>): Promise<T> {
  rmSync(dir, { recursive: true, force: true });
  try {
    return await stage();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const disk = diskProblem(error, dir);
    throw disk ? new BuildFailure(disk) : error;
  }
}

/** The whole site into `dir`: the pages, and the search index with the data export, each on a core of its own. */
export function stageWhole({ archive }: Built, articles: string, dir: string, partArticles: number, log: Log): Promise<void> {
  return staged(dir, async () => {
    const since = Date.now();
    const indexing = runWorker<IndexStats & { seconds: number }>(new URL('./index-worker.ts', import.meta.url), { articles, siteDir: dir }).then((search) => {
      reportTruncated(search.truncated, log);
      log.info(`search: ${search.docs} article(s) indexed and exported to data/, ${search.terms} term(s) in ${search.files} file(s), ${(search.bytes / 2 ** 20).toFixed(1)} MB (${search.seconds.toFixed(1)} s)`);
    });
    const rendering = (async () => {
      // One Eleventy run a part of the archive, each starting with nothing held from the last.
      const parts = siteParts(archive, partArticles);
      await render(articles, dir, parts);
      await bundleSearchScript(dir);
      crashPoint('rendered');
      log.info(`site: rendered in ${parts.length} part(s) (${seconds(since)})`);
    })();
    // Both settle before the folder can be removed: a worker still writing would leave files behind.
    const [rendered, indexed] = await Promise.allSettled([rendering, indexing]);
    for (const r of [rendered, indexed]) if (r.status === 'rejected') throw r.reason;
  });
}

/**
 * An added edition into `dir`: the pages whose key changed (and the shared ones), the
 * editions' data export, and the live search index (linked, see commit.ts) with the
 * editions appended as a segment.
 */
export function stageEdition({ archive, store }: Built, site: string, articles: string, dir: string, added: Built['archive']['editions'], changed: string[], log: Log): Promise<void> {
  return staged(dir, async () => {
    const since = Date.now();
    await render(articles, dir, [{ months: [], shared: true, pages: changed }]);
    crashPoint('add-rendered');
    log.info(`site: ${changed.length} changed page(s) and the shared ones rendered (${seconds(since)})`);
    const indexed = Date.now();
    const exported = new DataExport(dir);
    const records = [...textPass(added, store, exported)];
    exported.index(archive.editions);
    linkIndex(site, dir);
    const search = appendToSearchIndex(records, dir, (from, to) => documentRecords(archive, store, from, to), namedPages(archive));
    crashPoint('add-indexed');
    reportTruncated(search.truncated, log);
    log.info(`search: ${search.docs} article(s) added to the index and exported to data/, ${search.segments} segment(s)${search.merged ? `, ${search.merged} merged` : ''} (${seconds(indexed)})`);
  });
}
