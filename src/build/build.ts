// A build, as one function of its configuration: the folders are checked, the site's
// and the articles' locks taken, whatever a killed build left is recovered, the dumps
// ingested into articles, and the site staged and committed (stage.ts, commit.ts) —
// whole, or with --add an edition added to the last build's site and state.
import { mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ingestPaths, type IngestResult } from '../ingest/ingest.ts';
import { countProgress, fileProgress, progressOptions } from '../ingest/progress.ts';
import { parseAhead } from '../ingest/parse-ahead.ts';
import { writeArticles } from '../ingest/write-articles.ts';
import { storeSourceTexts } from '../ingest/source-texts.ts';
import { countBySeverity, formatMessage } from '../ingest/messages.ts';
import { loadArchive, type Built } from '../site/collections-plugin.ts';
import { ArticleStore, storeEntry } from '../site/article-store.ts';
import { changedPages, pageKeys } from '../site/page-keys.ts';
import { readSiteState, type SiteState } from '../site/site-state.ts';
import { cleanUp, commitState, moveEditionIn, swapIn } from './commit.ts';
import { crashPoint } from './crash.ts';
import { BuildFailure, failureReason } from './failure.ts';
import { takeLock, type Lock } from './lock.ts';
import { markedGeneration } from './marker.ts';
import { articlesLock, refusePaths, sitePaths, type BuildConfig, type SitePaths } from './plan.ts';
import { recover } from './recover.ts';
import { stageEdition, stageWhole, type Log } from './stage.ts';

export type { BuildConfig } from './plan.ts';
export type { Log } from './stage.ts';

/** Runs the build; throws a BuildFailure (its message the one-line reason) when the site could not be built. */
export async function build(config: BuildConfig, log: Log): Promise<void> {
  const refused = refusePaths(config);
  if (refused) throw new BuildFailure(refused);
  const paths = sitePaths(config);
  const locks: Lock[] = [];
  try {
    // Always the site's first, then the articles': two builds waiting never hold one each.
    for (const file of [paths.lock, articlesLock(config.articles)]) locks.push(await lock(file, config.wait, log));
    const recovered = recover(paths);
    for (const line of recovered.done) log.info(line);
    await buildLocked(config, paths, recovered.addedEdition, log);
  } finally {
    for (const l of locks.reverse()) l.release();
  }
}

async function lock(file: string, wait: boolean, log: Log): Promise<Lock> {
  const command = `build ${process.argv.slice(2).join(' ')}`.trim();
  try {
    mkdirSync(dirname(file), { recursive: true });
    let taken = await takeLock(file, command);
    if ('held' in taken && wait) {
      log.info(`waiting: ${taken.held}`);
      taken = await takeLock(file, command, { wait });
    }
    if ('held' in taken) throw new BuildFailure(`another build is running: ${taken.held} (--wait to wait for it)`);
    return taken;
  } catch (error) {
    throw error instanceof BuildFailure ? error : new BuildFailure(`cannot take the lock ${file}: ${failureReason(error)}`);
  }
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function buildLocked(config: BuildConfig, paths: SitePaths, recoveredEdition: boolean, log: Log) {
  const started = Date.now();
  const label = relative(process.cwd(), config.out) || config.out;
  const state = config.add ? earlierState(config, paths, log) : null;

  const parsing = countProgress(progressOptions(log.info), 'parsing');
  const ahead = await parseAhead(config.inputs, config.cache, parsing.onProgress);
  parsing.done();
  const progress = fileProgress(progressOptions(log.info));
  const result = ingestPaths(config.inputs, progress.onFile, config.cache);
  progress.done();
  if (state && refuseWhatIsNotNew(state, result, recoveredEdition) === 'added') {
    // The same --add run again after a kill: the recovery finished it.
    log.info(`add: every story of these dumps is in the site already, put in place by the recovery above: nothing more to add (${seconds(started)})`);
    return;
  }
  // An added edition never prunes: the articles of the dumps not named are not its to judge.
  storeSourceTexts(config.articles, result.texts, result.messages);
  const written = writeArticles(config.articles, result.articles, result.completed, result.messages, { prune: !config.add });
  crashPoint(config.add ? 'add-articles-written' : 'articles-written');
  for (const m of result.messages) log.warn(formatMessage(m));
  const counts = countBySeverity(result.messages);
  log.info(
    `ingest: ${result.files.length} file(s) (${(result.cache?.hits ?? 0) - ahead.parsed} unchanged since the last run${ahead.workers ? `, ${ahead.parsed} parsed by ${ahead.workers} workers` : ''}), ${result.articles.length} article(s); ${relative(process.cwd(), config.articles) || config.articles}/: ${written.written} written, ${written.unchanged} unchanged, ${written.removed} removed, ${written.locked} locked; ${counts.error} error(s), ${counts.warning} warning(s) (${seconds(started)})`,
  );
  if (result.articles.length === 0) throw new BuildFailure('no article could be ingested');
  if (config.strict && counts.error + counts.warning > 0) throw new BuildFailure(`--strict: ${counts.error} error(s) and ${counts.warning} warning(s)`);

  const whole = async () => {
    await buildWhole(config, paths, loadArchive(config.articles, new ArticleStore(config.articles)), log);
    log.info(`site: ${label}/ built in ${seconds(started)}`);
  };
  if (!state) return whole();
  // The new editions into the site when they are newer than every edition it has; otherwise the whole site again.
  const store = new ArticleStore(config.articles, state.entries);
  const known = new Set(state.entries.map((e) => e.data.file));
  store.add(written.paths.filter((p) => !known.has(p)).map(storeEntry));
  const built = loadArchive(config.articles, store);
  // biome-ignore lint/complexity/useMathMinMax: the dates are ISO day strings, which sort as text and Math.max cannot compare
  const newest = state.entries.reduce((d, e) => (e.data.date > d ? e.data.date : d), '');
  const added = built.archive.editions.filter((e) => e.date > newest);
  const pages = pageKeys(built.archive, store);
  const { changed, removed } = changedPages(new Map(Object.entries(state.pages)), pages);
  if (added.length && removed.length === 0 && added.reduce((n, e) => n + e.articles.length, 0) === written.paths.length) {
    await addEditions(config, paths, built, added, changed, pages, log);
    log.info(`site: ${label}/ has ${added.length} edition(s) more, ${changed.length} page(s) rendered, in ${seconds(started)}`);
  } else {
    log.info(`add: ${removed.length ? `${removed.length} page(s) would go` : 'the dumps add to an edition the archive has'}: the whole site is built again`);
    // From the articles folder itself, as any whole build: the state may not know a hand edit.
    await whole();
  }
}

/**
 * The state of the last build, for --add: none is a failure (there is nothing to add
 * to); one that cannot be trusted — unreadable, of the wrong shape, or not of the
 * generation the site was built with — is passed over for a whole build, saying why.
 */
function earlierState(config: BuildConfig, paths: SitePaths, log: Log): SiteState | null {
  const read = readSiteState(paths.state, config.articles, paths.site);
  if ('problem' in read) {
    if (read.missing) throw new BuildFailure(`--add: ${read.problem}; build the whole archive first (npm run build)`);
    log.info(`add: the state is not used (${read.problem}): the whole site is built again`);
    return null;
  }
  const marked = markedGeneration(paths.site);
  if (marked !== read.state.generation) {
    log.info(`add: the site ${paths.site} is not the one its state describes (${marked ? `built as generation ${marked.slice(0, 12)}` : 'no build marker'}, the state's ${read.state.generation.slice(0, 12)}): the whole site is built again`);
    return null;
  }
  return read.state;
}

/**
 * An added edition's dumps must bring articles the archive does not hold: refused,
 * naming the dump, when one is there already; unless the recovery has just put this very
 * edition in place (every story of the dumps is there): then it is 'added'.
 */
function refuseWhatIsNotNew(state: SiteState, ingested: IngestResult, recoveredEdition: boolean): 'new' | 'added' {
  const known = new Map(state.entries.map((e) => [e.data.id, e.data.file]));
  const again = ingested.articles.filter((a) => known.has(a.id));
  if (again.length === 0) return 'new';
  if (recoveredEdition && again.length === ingested.articles.length) return 'added';
  const first = again[0] as (typeof again)[number];
  throw new BuildFailure(`--add: ${first.source.file}:${first.source.startLine}: expected a story the archive does not hold, found ${known.get(first.id)} (${again.length} such); run the whole build with every input instead`);
}

/** The whole site staged, its state committed, the staged site swapped in; the replaced one removed. */
async function buildWhole(config: BuildConfig, paths: SitePaths, built: Built, log: Log) {
  await stageWhole(built, config.articles, paths.building, config.partArticles, log);
  crashPoint('staged');
  const stateOf = { articles: config.articles, site: paths.site, entries: built.store.entries(), pages: Object.fromEntries(pageKeys(built.archive, built.store)) };
  committing(paths, paths.building, () => commitState(paths, paths.building, stateOf, { aside: 'state-aside', committed: 'state-committed' }));
  inPlace(() => swapIn(paths));
  cleanUp([paths.previous], log.warn);
}

/** The new editions staged, the state committed, the staged files moved into the live site. */
async function addEditions(config: BuildConfig, paths: SitePaths, built: Built, added: Built['archive']['editions'], changed: string[], pages: Map<string, string>, log: Log) {
  await stageEdition(built, paths.site, config.articles, paths.adding, added, changed, log);
  const stateOf = { articles: config.articles, site: paths.site, entries: built.store.entries(), pages: Object.fromEntries(pages) };
  committing(paths, paths.adding, () => commitState(paths, paths.adding, stateOf, { aside: 'add-state-aside', committed: 'add-state-committed' }));
  inPlace(() => moveEditionIn(paths));
  cleanUp([paths.adding], log.warn);
}

/** Before the commit, a failure leaves the old site and state: the staged folder goes. */
function committing(paths: SitePaths, staged: string, commit: () => void) {
  try {
    commit();
  } catch (error) {
    cleanUp([staged], () => {});
    throw new BuildFailure(`${failureReason(error, `${paths.state}.new`)}; the site and its state are as they were`);
  }
}

/** After the commit, the staged site is complete: a failure to put it in place is finished by the next build. */
function inPlace(move: () => void) {
  try {
    move();
  } catch (error) {
    throw new BuildFailure(`${failureReason(error)}; the new site is complete and its state written: the next build puts it in place`);
  }
}
