// Writes articles to `articles/YYYY/MM/DD/<id>.md`. Unchanged files are not touched; a
// file an archivist marked `locked: true` is never overwritten or removed. Nothing the
// archive holds is lost to a read that failed: an article is removed only when every
// file it came from was read, parsed and dated whole in this run (ingest's `completed`)
// and none yields it any more, and each removal is reported by file and id. An article
// whose source could not be read, was skipped, left undated or is gone is kept, and said
// so. An article is written only over its own earlier self or the same story from
// another file: a different story at its path, or two articles of one run for one path,
// is an error, and nothing is overwritten.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Article, Message } from './types.ts';
import type { FrontMatter } from '../article/schema.ts';
import { articleFile, readArticleFile } from '../article/file.ts';
import { articleBody } from '../article/markdown.ts';
import { displayPath } from './inputs.ts';
import { joinCredits, where } from './duplicates.ts';

export interface WriteSummary {
  written: number;
  unchanged: number;
  removed: number;
  locked: number;
}

export function articlePath(outDir: string, article: Article): string {
  const [y, m, d] = article.date.split('-') as [string, string, string];
  return join(outDir, y, m, d, `${article.id}.md`);
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

type Archived = { data: FrontMatter; body: string };

/** The archived article at `path` as the site reads it, or why it cannot be told what it is (a hand edit broke its front matter). */
function readArchived(path: string): Archived | { problem: string } {
  const read = readArticleFile(readFileSync(path, 'utf8'));
  return 'problems' in read ? { problem: read.problems.join('; ') } : { data: read.data, body: read.body };
}

/** Every file an archived article names as its source, each once. */
function sourceFiles(data: Archived['data']): string[] {
  return [...new Set([data.source.file, ...(data.sources ?? []).map((s) => s.file)])];
}

/**
 * What may be written at `path` for `article`: the article itself when the file is its
 * own earlier self (every source of it is the article's or was read whole in this run);
 * with the other sources kept when it is the same story from files this run did not
 * read; or nothing, with the reason, when it is another story or cannot be told.
 */
function replacement(article: Article, held: Archived | { problem: string }, completed: Set<string>): { article: Article } | { refused: string } {
  if ('problem' in held) return { refused: `${held.problem}; mend it or set it aside` };
  const ours = new Set(article.sources.map((s) => s.file));
  const others = sourceFiles(held.data).filter((f) => !ours.has(f) && !completed.has(f));
  if (others.length === 0) return { article };
  if (held.data.title !== article.title || held.body !== articleBody(article)) {
    return { refused: `it holds another story with this id, from ${others.join(', ')}, not read in this run; ingest both together to tell them apart` };
  }
  const kept = (held.data.sources ?? [held.data.source]).filter((s) => others.includes(s.file) && existsSync(s.file));
  // What the other file gave (a dump's page header and byline, which a post lacks) is kept.
  const merged: Article = { ...article, sources: [...kept, ...article.sources] };
  const differ = joinCredits(merged, held.data);
  if (differ.length) return { refused: `it holds this story from ${others.join(', ')}, not read in this run, with ${differ.join(', ')}; ingest both together` };
  return { article: merged };
}

type Report = (path: string, rule: string, severity: Message['severity'], text: string) => void;

/** One article to its file; what became of it. */
function writeArticle(path: string, article: Article, completed: Set<string>, report: Report): 'written' | 'unchanged' | 'locked' | 'refused' {
  let text = articleFile(article);
  if (existsSync(path)) {
    const current = readFileSync(path, 'utf8');
    const held = readArchived(path);
    if ('data' in held && held.data.locked === true) {
      report(path, 'locked', 'info', `locked by an archivist: not overwritten (ingest would have written ${where(article)})`);
      return 'locked';
    }
    if (current === text) return 'unchanged';
    // Read from a file this run did not read whole (dated without its manifest, say): new
    // stories are written, but an archived one is not replaced by a version that may lack
    // what the file did not give this time (the manifest's date, section and page).
    const unread = article.sources.filter((s) => !completed.has(s.file));
    if (unread.length) {
      report(path, 'archive', 'info', `kept as archived: ${unread.map((s) => s.file).join(', ')} not read whole in this run`);
      return 'unchanged';
    }
    const next = replacement(article, held, completed);
    if ('refused' in next) {
      report(path, 'id', 'error', `expected ${where(article)} to be written here, but ${next.refused}: not overwritten`);
      return 'refused';
    }
    text = articleFile(next.article);
    if (current === text) return 'unchanged';
    const further = next.article.sources.slice(0, next.article.sources.length - article.sources.length);
    if (further.length) report(path, 'duplicate', 'info', `the same story as archived from ${further.map((s) => s.file).join(', ')}: ${where(article)} recorded as a further source`);
  }
  mkdirSync(dirname(path), { recursive: true });
  // Written aside and renamed over the archived file: a kill mid-write leaves the old
  // article whole, never a torn one (a stray `.new` is no `.md`, so never read as one).
  const aside = `${path}.${process.pid}.new`;
  writeFileSync(aside, text);
  renameSync(aside, path);
  return 'written';
}

/**
 * Removes the archived articles no input yields any more: those whose every source was
 * read whole in this run. The others stay; a source that is gone is named once.
 */
function removeStale(root: string, produced: Set<string>, completed: Set<string>, summary: WriteSummary, report: Report): void {
  const gone = new Map<string, number>();
  for (const path of listMarkdown(root)) {
    if (produced.has(path)) continue;
    const held = readArchived(path);
    if ('problem' in held) {
      report(path, 'archive', 'info', `${held.problem}: kept, as where it came from cannot be told`);
      continue;
    }
    const files = sourceFiles(held.data);
    const unread = files.filter((f) => !completed.has(f));
    if (unread.length === 0) {
      if (held.data.locked === true) {
        summary.locked++;
        report(path, 'locked', 'warning', `locked by an archivist: kept, though ${files.join(', ')} no longer yields it`);
        continue;
      }
      rmSync(path);
      summary.removed++;
      report(path, 'removed', 'info', `removed ${held.data.id}: ${files.join(', ')} read again in this run without it`);
      continue;
    }
    for (const f of unread.filter((f) => !existsSync(f))) gone.set(f, (gone.get(f) ?? 0) + 1);
    if (unread.length < files.length) report(path, 'archive', 'info', `kept ${held.data.id}: ${files.filter((f) => completed.has(f)).join(', ')} read again without it, but ${unread.join(', ')} not read in this run`);
  }
  for (const [file, count] of gone) report(file, 'archive', 'warning', `expected the source of ${count} archived article(s), found nothing at this path (seen from ${process.cwd()}): they are kept`);
}

/**
 * `completed`: the files read, parsed and dated whole in this run, as recorded in
 * `source.file` (ingest's `completed`). Articles from other inputs already in `outDir`
 * are left alone; with `prune: false` (an edition added to the archive) they are not
 * looked at at all.
 */
export function writeArticles(outDir: string, articles: Article[], completed: Set<string>, messages: Message[], { prune = true } = {}): WriteSummary & { paths: string[] } {
  const summary: WriteSummary & { paths: string[] } = { written: 0, unchanged: 0, removed: 0, locked: 0, paths: [] };
  const root = resolve(outDir);
  const report: Report = (path, rule, severity, text) => messages.push({ file: displayPath(path), line: 0, column: 0, rule, severity, text });
  const claims = new Map<string, Article[]>();
  for (const article of articles) {
    const path = articlePath(root, article);
    // Ids and dates are made here, never taken from input, but guard the folder anyway.
    if (!resolve(path).startsWith(`${root}/`)) throw new Error(`refusing to write outside ${root}: ${path}`);
    claims.set(path, [...(claims.get(path) ?? []), article]);
  }
  for (const [path, claimants] of claims) {
    const [article] = claimants;
    if (!article) continue;
    if (claimants.length > 1) {
      report(path, 'id', 'error', `expected one article for this file, found ${claimants.length} of this run (${claimants.map(where).join(', ')}): none written, nothing overwritten`);
      continue;
    }
    const outcome = writeArticle(path, article, completed, report);
    if (outcome === 'refused') continue;
    summary[outcome]++;
    summary.paths.push(path);
  }
  if (prune) removeStale(root, new Set(claims.keys()), completed, summary, report);
  return summary;
}
