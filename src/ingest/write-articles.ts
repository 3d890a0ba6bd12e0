// Writes articles to `articles/YYYY/MM/DD/<id>.md`. Unchanged files are not touched;
// a file an archivist marked `locked: true` is never overwritten or removed; an article
// whose source was ingested again without it, or whose source is gone, is removed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import matter from 'gray-matter';
import type { Article, Message } from './types.ts';
import { articleFile } from './markdown.ts';

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

function readFrontMatter(path: string): Record<string, unknown> | null {
  try {
    return matter(readFileSync(path, 'utf8'), {}).data as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * `ingestedFiles`: the inputs of this run, as recorded in `source.file`. Articles from
 * other inputs already in `outDir` are left alone unless their source no longer exists;
 * with `prune: false` (an edition added to the archive) they are not looked at at all.
 */
export function writeArticles(outDir: string, articles: Article[], ingestedFiles: Set<string>, messages: Message[], { prune = true } = {}): WriteSummary & { paths: string[] } {
  const summary: WriteSummary & { paths: string[] } = { written: 0, unchanged: 0, removed: 0, locked: 0, paths: [] };
  const root = resolve(outDir);
  const produced = new Set<string>();
  for (const article of articles) {
    const path = articlePath(root, article);
    // Ids and dates are made here, never taken from input, but guard the folder anyway.
    if (!resolve(path).startsWith(root + '/')) throw new Error(`refusing to write outside ${root}: ${path}`);
    produced.add(resolve(path));
    summary.paths.push(path);
    const text = articleFile(article);
    if (existsSync(path)) {
      const current = readFileSync(path, 'utf8');
      if (readFrontMatter(path)?.locked === true) {
        summary.locked++;
        messages.push({ file: path, line: 1, column: 1, rule: 'locked', severity: 'info', text: `locked by an archivist: not overwritten (ingest would have written ${article.source.file}:${article.source.startLine})` });
        continue;
      }
      if (current === text) { summary.unchanged++; continue; }
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    summary.written++;
  }
  for (const path of prune ? listMarkdown(root) : []) {
    if (produced.has(resolve(path))) continue;
    const data = readFrontMatter(path);
    const source = (data?.source as { file?: unknown } | undefined)?.file;
    const sourceFile = typeof source === 'string' ? source : null;
    const stale = sourceFile !== null && (ingestedFiles.has(sourceFile) || !existsSync(sourceFile));
    if (!stale) continue;
    if (data?.locked === true) {
      summary.locked++;
      messages.push({ file: path, line: 1, column: 1, rule: 'locked', severity: 'warning', text: `locked by an archivist: kept, though ${sourceFile} no longer yields it` });
      continue;
    }
    rmSync(path);
    summary.removed++;
  }
  return summary;
}
