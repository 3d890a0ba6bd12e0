// Incremental ingest: a dump whose bytes have not changed is not parsed again. The
// cache is keyed on the file's content hash and on a fingerprint of the parser (its
// source files and the libraries it reads posts with), so a parser change re-parses all.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Message, ParsedArticle } from './types.ts';

/** What parsing one file yields, apart from the file's name. */
export interface ParseResult {
  format: 'page-dump' | 'legacy-post';
  articles: ParsedArticle[];
  messages: Array<Omit<Message, 'file'>>;
  date: string | null;
}

let fingerprint: string | null = null;

/** A hash of everything the parse depends on. */
export function parserFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const dir = import.meta.dirname;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
    hash.update(file).update(readFileSync(join(dir, file)));
  }
  const require = createRequire(import.meta.url);
  for (const lib of ['markdown-it', 'parse5', 'gray-matter', 'luxon']) {
    const entry = require.resolve(lib);
    const pkg = JSON.parse(readFileSync(join(entry.slice(0, entry.lastIndexOf(`node_modules/${lib}`) + `node_modules/${lib}`.length), 'package.json'), 'utf8')) as { version: string };
    hash.update(`${lib}@${pkg.version}`);
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}

export class ParseCache {
  readonly dir: string;
  hits = 0;
  misses = 0;

  constructor(root: string) {
    this.dir = join(root, parserFingerprint());
    mkdirSync(this.dir, { recursive: true });
  }

  static key(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  private path(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  /** Whether the cache holds a parse for these bytes (counted neither hit nor miss). */
  has(key: string): boolean {
    return existsSync(this.path(key));
  }

  get(key: string): ParseResult | null {
    const path = this.path(key);
    if (!existsSync(path)) { this.misses++; return null; }
    try {
      const result = JSON.parse(readFileSync(path, 'utf8')) as ParseResult;
      this.hits++;
      return result;
    } catch {
      this.misses++;
      return null;
    }
  }

  set(key: string, result: ParseResult): void {
    const path = this.path(key);
    // Written aside and renamed: a build stopped half-way never leaves a torn entry. Parse
    // workers share a process id, so the thread's id is in the name too.
    const temp = `${path}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temp, JSON.stringify(result));
    renameSync(temp, path);
  }
}
