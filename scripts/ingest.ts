// npm run ingest -- [--json] [--out DIR] [INPUT...]
// Reads page dumps and legacy posts (files or folders; default raw/) and writes one
// Markdown article per story (default articles/), or with --json prints the articles.
import { parseArgs } from 'node:util';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { countProgress, fileProgress, progressOptions } from '../src/ingest/progress.ts';
import { parseAhead } from '../src/ingest/parse-ahead.ts';
import { writeArticles } from '../src/ingest/write-articles.ts';
import { storeSourceTexts } from '../src/ingest/source-texts.ts';
import { countBySeverity, formatMessage, printable } from '../src/ingest/messages.ts';
import { takeLock } from '../src/build/lock.ts';
import { articlesLock } from '../src/build/plan.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    out: { type: 'string', default: 'articles' },
    strict: { type: 'boolean', default: false },
    cache: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: npm run ingest -- [--json] [--out DIR] [--cache DIR] [--strict] [INPUT...]\n  INPUT: dump or post files, or folders of them (default: raw/)');
  process.exit(0);
}

const inputs = positionals.length ? positionals : ['raw'];
const log = values.json ? console.error : console.log;
const options = progressOptions(log, values.json ? process.stderr : process.stdout);
if (values.cache) {
  const parsing = countProgress(options, 'parsing');
  await parseAhead(inputs, values.cache, parsing.onProgress);
  parsing.done();
}
const progress = fileProgress(options);
const result = ingestPaths(inputs, progress.onFile, values.cache ?? null);
progress.done();

// An articles folder that cannot be written (--out names a file, the disk is full) ends the
// run with one line, after the messages of what was read; each file written is whole.
let failed: string | null = null;
if (values.json) {
  process.stdout.write(`${JSON.stringify(result.articles, null, 2)}\n`);
} else {
  // The articles folder is a build's too: one writer at a time (src/build/lock.ts).
  const lock = await takeLock(articlesLock(values.out), `ingest ${process.argv.slice(2).join(' ')}`.trim()).catch((error: Error) => ({ unwritable: error.message }));
  if ('unwritable' in lock) {
    console.error(printable(`ingest failed: cannot take the lock of the articles in ${values.out}/: ${lock.unwritable}`));
    process.exit(1);
  }
  if ('held' in lock) {
    console.error(printable(`ingest failed: another build or ingest is writing the articles: ${lock.held}`));
    process.exit(1);
  }
  try {
    storeSourceTexts(values.out, result.texts, result.messages);
    const summary = writeArticles(values.out, result.articles, result.completed, result.messages);
    log(`${values.out}/: ${summary.written} written, ${summary.unchanged} unchanged, ${summary.removed} removed, ${summary.locked} locked`);
  } catch (error) {
    failed = `cannot write the articles to ${values.out}/: ${(error as Error).message}`;
  } finally {
    lock.release();
  }
}
for (const m of result.messages) console.error(formatMessage(m));
if (failed) console.error(printable(`ingest failed: ${failed}`));
const counts = countBySeverity(result.messages);
log(`${result.files.length} file(s), ${result.articles.length} article(s), ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} notice(s)`);
// exitCode, not exit(): a piped --json must drain first.
process.exitCode = failed || (counts.error > 0 && result.articles.length === 0) ? 1 : values.strict && counts.error + counts.warning > 0 ? 1 : 0;
