// npm run build -- [--input DIR...] [--out DIR] [--articles DIR] [--cache DIR] [--state FILE] [--part-articles N] [--strict] [--serve]
// npm run build -- --add DUMP|DIR...
// Ingests the dumps (default raw/) into articles, renders the site with Eleventy and
// builds its search index. The new site replaces the old one only when complete.
// With --add, the inputs are a new edition's dumps: only they are read, only the pages
// that change are rendered, and the search index gains a segment (site-state.ts).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { ingestPaths, type IngestResult } from '../src/ingest/ingest.ts';
import { countProgress, fileProgress, progressOptions } from '../src/ingest/progress.ts';
import { parseAhead } from '../src/ingest/parse-ahead.ts';
import { writeArticles } from '../src/ingest/write-articles.ts';
import { storeSourceTexts } from '../src/ingest/source-texts.ts';
import { countBySeverity, formatMessage } from '../src/ingest/messages.ts';
import { appendToSearchIndex, type IndexStats } from '../src/search/index-builder.ts';
import { runWorker } from '../src/worker.ts';
import { loadArchive, type Built } from '../src/site/collections-plugin.ts';
import { ArticleStore, storeEntry } from '../src/site/article-store.ts';
import { ARTICLES_PER_PART, siteParts, type SitePart } from '../src/site/parts.ts';
import { changedPages, pageKeys } from '../src/site/page-keys.ts';
import { readSiteState, writeSiteState, type SiteState } from '../src/site/site-state.ts';
import { DataExport } from '../src/site/export.ts';
import { documentRecords, textPass } from '../src/site/text-pass.ts';
import { bundleSearchScript } from '../src/search/bundle.ts';
import { namedPages } from '../src/search/record.ts';
import { serveSite } from '../src/site/serve.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    input: { type: 'string', multiple: true },
    out: { type: 'string', default: '_site' },
    articles: { type: 'string', default: 'articles' },
    cache: { type: 'string', default: '.cache/ingest' },
    state: { type: 'string' },
    add: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'part-articles': { type: 'string', default: String(ARTICLES_PER_PART) },
    serve: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: npm run build -- [--input DIR...] [--out DIR] [--articles DIR] [--cache DIR] [--state FILE] [--part-articles N] [--strict] [--serve]\n       npm run build -- --add DUMP|DIR... (a new edition, added to the last build)');
  process.exit(0);
}

const fail = (reason: string): never => {
  console.error(`build failed: ${reason}`);
  process.exit(1);
};

const started = Date.now();
const elapsed = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const inputs = [...(values.input ?? []), ...positionals];
if (values.add && inputs.length === 0) fail('--add: name the new edition\'s dumps (files or folders)');
const sources = inputs.length ? inputs : ['raw'];
const out = resolve(values.out);
const articlesDir = resolve(values.articles);
// The state lives beside the site it describes, as its staging folders do: SITE.state.json.
const stateFile = resolve(values.state ?? `${out}.state.json`);

// An edition is added to the state of the last build: without one, there is nothing to add to.
const earlier = values.add ? readSiteState(stateFile, articlesDir, out) : null;
if (earlier && 'problem' in earlier) fail(`--add: ${earlier.problem}; build the whole archive first (npm run build)`);
const state = earlier && 'state' in earlier ? earlier.state : null;

const parsing = countProgress(progressOptions(console.log), 'parsing');
const ahead = await parseAhead(sources, values.cache, parsing.onProgress);
parsing.done();
const progress = fileProgress(progressOptions(console.log));
const result = ingestPaths(sources, progress.onFile, values.cache);
progress.done();
if (state) refuseWhatIsNotNew(result);
storeSourceTexts(articlesDir, result.texts, result.messages);
const written = writeArticles(articlesDir, result.articles, result.completed, result.messages, { prune: !state });
for (const m of result.messages) console.error(formatMessage(m));
const counts = countBySeverity(result.messages);
console.log(`ingest: ${result.files.length} file(s) (${(result.cache?.hits ?? 0) - ahead.parsed} unchanged since the last run${ahead.workers ? `, ${ahead.parsed} parsed by ${ahead.workers} workers` : ''}), ${result.articles.length} article(s); ${values.articles}/: ${written.written} written, ${written.unchanged} unchanged, ${written.removed} removed, ${written.locked} locked; ${counts.error} error(s), ${counts.warning} warning(s) (${elapsed()})`);
if (result.articles.length === 0) fail('no article could be ingested');
if (values.strict && counts.error + counts.warning > 0) fail(`--strict: ${counts.error} error(s) and ${counts.warning} warning(s)`);

process.env.ARCHIVE_ARTICLES = articlesDir;
try {
  if (state) await addOrBuild(state);
  else await buildWhole(loadArchive(articlesDir));
} catch (error) {
  // A broken article (its file and field named) or a template that fails: the old site stays.
  fail((error as Error).message.split('\n')[0] ?? String(error));
}

if (values.serve) {
  const port = Number(process.env.PORT ?? 8080);
  await serveSite(out, port);
  console.log(`serving ${values.out}/ at http://localhost:${port}/ (Ctrl+C to stop)`);
}

/** The new editions into the site when they are newer than every edition it has; otherwise the whole site again. */
async function addOrBuild(earlierState: SiteState) {
  const store = new ArticleStore(articlesDir, earlierState.entries);
  const known = new Set(earlierState.entries.map((e) => e.data.file));
  store.add(written.paths.filter((p) => !known.has(p)).map(storeEntry));
  const built = loadArchive(articlesDir, store);
  const newest = earlierState.entries.reduce((d, e) => (e.data.date > d ? e.data.date : d), '');
  const added = built.archive.editions.filter((e) => e.date > newest);
  const pages = pageKeys(built.archive, store);
  const { changed, removed } = changedPages(new Map(Object.entries(earlierState.pages)), pages);
  if (added.length && removed.length === 0 && added.reduce((n, e) => n + e.articles.length, 0) === written.paths.length) {
    await addEditions(built, added, changed);
    writeSiteState(stateFile, { articles: articlesDir, site: out, entries: store.entries(), pages: Object.fromEntries(pages) });
    console.log(`site: ${values.out}/ has ${added.length} edition(s) more, ${changed.length} page(s) rendered, in ${elapsed()}`);
  } else {
    console.log(`add: ${removed.length ? `${removed.length} page(s) would go` : 'the dumps add to an edition the archive has'}: the whole site is built again`);
    // From the articles folder itself, as any whole build: the state may not know a hand edit.
    await buildWhole(loadArchive(articlesDir, new ArticleStore(articlesDir)));
  }
}

/** An added edition's dumps must bring articles the archive does not hold: refused, naming the dump, when one is there already. */
function refuseWhatIsNotNew(ingested: IngestResult) {
  const known = new Map((state?.entries ?? []).map((e) => [e.data.id, e.data.file]));
  const again = ingested.articles.filter((a) => known.has(a.id));
  if (again.length === 0) return;
  const first = again[0] as (typeof again)[number];
  fail(`--add: ${first.source.file}:${first.source.startLine}: expected a story the archive does not hold, found ${known.get(first.id)} (${again.length} such); run the whole build with every input instead`);
}

function reportTruncated(urls: string[]) {
  for (const url of urls) console.error(`warning: ${url}: longer than the search index reads; its end is not searchable`);
}

/** Renders Eleventy runs into `dir`, one a part. */
async function render(dir: string, parts: SitePart[]) {
  process.env.ARCHIVE_OUTPUT = dir;
  for (const part of parts) {
    process.env.ARCHIVE_PART = JSON.stringify(part);
    const eleventy = new Eleventy(undefined, dir, { configPath: resolve(import.meta.dirname, '../.eleventy.ts'), quietMode: true });
    await eleventy.write();
  }
  delete process.env.ARCHIVE_PART;
}

/** The whole site into a staging folder, which then replaces the old site; and the state for the next --add. */
async function buildWhole({ archive, store }: Built) {
  const staging = `${out}.building`;
  rmSync(staging, { recursive: true, force: true });
  try {
    // The pages, and the search index with the data export, each on a core of its own.
    const since = Date.now();
    const indexing = runWorker<IndexStats & { seconds: number }>(new URL('../src/search/index-worker.ts', import.meta.url), { articles: articlesDir, siteDir: staging }).then((search) => {
      reportTruncated(search.truncated);
      console.log(`search: ${search.docs} article(s) indexed and exported to data/, ${search.terms} term(s) in ${search.files} file(s), ${(search.bytes / 2 ** 20).toFixed(1)} MB (${search.seconds.toFixed(1)} s)`);
    });
    const rendering = (async () => {
      // One Eleventy run a part of the archive, each starting with nothing held from the last.
      const parts = siteParts(archive, Number(values['part-articles']));
      await render(staging, parts);
      await bundleSearchScript(staging);
      console.log(`site: rendered in ${parts.length} part(s) (${elapsed(since)})`);
    })();
    await Promise.all([rendering, indexing]);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${out}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  mkdirSync(dirname(stateFile), { recursive: true });
  writeSiteState(stateFile, { articles: articlesDir, site: out, entries: store.entries(), pages: Object.fromEntries(pageKeys(archive, store)) });
  console.log(`site: ${values.out}/ built in ${elapsed()}`);
}

/**
 * New editions into the built site: the pages whose key changed (and the shared ones)
 * are rendered into a staging folder and moved in file by file, the editions' data
 * exported, and the search index gains their documents last, so a failure before it
 * leaves the index and the state as they were and the same --add can run again.
 */
async function addEditions({ archive, store }: Built, added: Built['archive']['editions'], changed: string[]) {
  const staging = `${out}.adding`;
  rmSync(staging, { recursive: true, force: true });
  const since = Date.now();
  try {
    await render(staging, [{ months: [], shared: true, pages: changed }]);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  console.log(`site: ${changed.length} changed page(s) and the shared ones rendered (${elapsed(since)})`);
  const exported = new DataExport(staging);
  const records = [...textPass(added, store, exported)];
  exported.index(archive.editions);
  const moved = moveInto(staging, out);
  rmSync(staging, { recursive: true, force: true });
  const indexed = Date.now();
  const search = appendToSearchIndex(records, out, (from, to) => documentRecords(archive, store, from, to), namedPages(archive));
  reportTruncated(search.truncated);
  console.log(`search: ${search.docs} article(s) added to the index and exported to data/ (${moved} file(s) written), ${search.segments} segment(s)${search.merged ? `, ${search.merged} merged` : ''} (${elapsed(indexed)})`);
}

/** Moves every file under `from` to the same place under `to`, each replacing its old self at once. */
function moveInto(from: string, to: string): number {
  let moved = 0;
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, source.slice(from.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(source, target);
    moved++;
  }
  return moved;
}
