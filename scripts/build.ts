// npm run build -- [--input DIR...] [--out DIR] [--articles DIR] [--cache DIR] [--part-articles N] [--strict] [--serve]
// Ingests the dumps (default raw/) into articles, renders the site with Eleventy and
// builds its search index. The new site replaces the old one only when complete.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { countProgress, fileProgress, progressOptions } from '../src/ingest/progress.ts';
import { parseAhead } from '../src/ingest/parse-ahead.ts';
import { writeArticles } from '../src/ingest/write-articles.ts';
import { countBySeverity, formatMessage } from '../src/ingest/messages.ts';
import type { IndexStats } from '../src/search/index-builder.ts';
import { runWorker } from '../src/worker.ts';
import { loadArchive } from '../src/site/collections-plugin.ts';
import { ARTICLES_PER_PART, siteParts } from '../src/site/parts.ts';
import { bundleSearchScript } from '../src/search/bundle.ts';
import { serveSite } from '../src/site/serve.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    input: { type: 'string', multiple: true },
    out: { type: 'string', default: '_site' },
    articles: { type: 'string', default: 'articles' },
    cache: { type: 'string', default: '.cache/ingest' },
    strict: { type: 'boolean', default: false },
    'part-articles': { type: 'string', default: String(ARTICLES_PER_PART) },
    serve: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: npm run build -- [--input DIR...] [--out DIR] [--articles DIR] [--cache DIR] [--part-articles N] [--strict] [--serve]');
  process.exit(0);
}

const fail = (reason: string): never => {
  console.error(`build failed: ${reason}`);
  process.exit(1);
};

const started = Date.now();
const inputs = [...(values.input ?? []), ...positionals];
const sources = inputs.length ? inputs : ['raw'];
const parsing = countProgress(progressOptions(console.log), 'parsing');
const ahead = await parseAhead(sources, values.cache, parsing.onProgress);
parsing.done();
const progress = fileProgress(progressOptions(console.log));
const result = ingestPaths(sources, progress.onFile, values.cache);
progress.done();
const written = writeArticles(values.articles, result.articles, new Set(result.files.map((f) => f.file)), result.messages);
for (const m of result.messages) console.error(formatMessage(m));
const counts = countBySeverity(result.messages);
console.log(`ingest: ${result.files.length} file(s) (${(result.cache?.hits ?? 0) - ahead.parsed} unchanged since the last run${ahead.workers ? `, ${ahead.parsed} parsed by ${ahead.workers} workers` : ''}), ${result.articles.length} article(s); ${values.articles}/: ${written.written} written, ${written.unchanged} unchanged, ${written.removed} removed, ${written.locked} locked; ${counts.error} error(s), ${counts.warning} warning(s) (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (result.articles.length === 0) fail('no article could be ingested');
if (values.strict && counts.error + counts.warning > 0) fail(`--strict: ${counts.error} error(s) and ${counts.warning} warning(s)`);

const out = resolve(values.out);
const staging = `${out}.building`;
rmSync(staging, { recursive: true, force: true });
process.env.ARCHIVE_ARTICLES = resolve(values.articles);
process.env.ARCHIVE_OUTPUT = staging;
try {
  // The pages, and the search index with the data export, each on a core of its own.
  const since = Date.now();
  const seconds = () => `${((Date.now() - since) / 1000).toFixed(1)} s`;
  const indexing = runWorker<IndexStats & { seconds: number }>(new URL('../src/search/index-worker.ts', import.meta.url), { articles: process.env.ARCHIVE_ARTICLES, siteDir: staging }).then((search) => {
    for (const url of search.truncated) console.error(`warning: ${url}: longer than the search index reads; its end is not searchable`);
    console.log(`search: ${search.docs} article(s) indexed and exported to data/, ${search.terms} term(s) in ${search.files} file(s), ${(search.bytes / 2 ** 20).toFixed(1)} MB (${search.seconds.toFixed(1)} s)`);
  });
  const rendering = (async () => {
    // One Eleventy run a part of the archive, each starting with nothing held from the last.
    const parts = siteParts(loadArchive(process.env.ARCHIVE_ARTICLES as string).archive, Number(values['part-articles']));
    for (const part of parts) {
      process.env.ARCHIVE_PART = JSON.stringify(part);
      const eleventy = new Eleventy(undefined, staging, { configPath: resolve(import.meta.dirname, '../.eleventy.ts'), quietMode: true });
      await eleventy.write();
    }
    delete process.env.ARCHIVE_PART;
    await bundleSearchScript(staging);
    console.log(`site: rendered in ${parts.length} part(s) (${seconds()})`);
  })();
  await Promise.all([rendering, indexing]);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  fail((error as Error).message.split('\n')[0] ?? String(error));
}
const previous = `${out}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`site: ${values.out}/ built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

if (values.serve) {
  const port = Number(process.env.PORT ?? 8080);
  await serveSite(out, port);
  console.log(`serving ${values.out}/ at http://localhost:${port}/ (Ctrl+C to stop)`);
}
