// Incremental ingest: a dump whose bytes have not changed is not parsed again. The
// cache is keyed on the file's content hash and on a fingerprint of the parser (its
// source files and the libraries it reads posts with), so a parser change re-parses all.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { z } from 'zod';
import type { Message, ParsedArticle } from './types.ts';
import { block, decision } from '../article/schema.ts';

/** What parsing one file yields, apart from the file's name. */
export interface ParseResult {
  format: 'page-dump' | 'legacy-post';
  articles: ParsedArticle[];
  messages: Array<Omit<Message, 'file'>>;
  date: string | null;
}

const line = z.number().int().nonnegative();
const text = z.string();
const parsedArticle = z.object({
  title: text,
  kicker: text.nullable(),
  subtitle: text.nullable(),
  section: text.nullable(),
  editor: text.nullable(),
  pageHeader: z.array(text).nullable(),
  column: text.nullable(),
  reporters: z.array(text),
  correspondents: z.array(text),
  photographers: z.array(text),
  bylines: z.array(text),
  blocks: z.array(block),
  source: z.object({ startLine: line, endLine: line }),
  originalUrl: text.optional(),
  sourceLine: text.optional(),
  categories: z.array(text).optional(),
  tags: z.array(text).optional(),
  decisions: z.array(decision).optional(),
  continuedOn: text.optional(),
  continuedFrom: text.optional(),
  pageLabel: text.optional(),
});
/** A cache entry as it is read back: the one shape a parse is trusted in. */
const parseResult: z.ZodType<ParseResult> = z.object({
  format: z.enum(['page-dump', 'legacy-post']),
  articles: z.array(parsedArticle),
  messages: z.array(
    z.object({
      line,
      column: line,
      rule: text,
      severity: z.enum(['info', 'warning', 'error']),
      text,
      endLine: line.optional(),
      endColumn: line.optional(),
      expected: text.optional(),
      found: text.optional(),
    }),
  ),
  date: text.nullable(),
});

let fingerprint: string | null = null;

/** The code a parse depends on: the ingest's, and the article module's schema and helpers it builds articles with. */
export const PARSER_CODE = [import.meta.dirname, join(import.meta.dirname, '..', 'article')];

/** A hash of everything the parse depends on. */
export function parserFingerprint(): string {
  fingerprint ??= codeFingerprint(PARSER_CODE, parserLibraries());
  return fingerprint;
}

/** The libraries the ingest reads posts and dates with, as `name@version`. */
export function parserLibraries(): string[] {
  const require = createRequire(import.meta.url);
  return ['markdown-it', 'parse5', 'gray-matter', 'luxon'].map((lib) => {
    const entry = require.resolve(lib);
    const pkg = JSON.parse(readFileSync(join(entry.slice(0, entry.lastIndexOf(`node_modules/${lib}`) + `node_modules/${lib}`.length), 'package.json'), 'utf8')) as { version: string };
    return `${lib}@${pkg.version}`;
  });
}

/** A hash of the TypeScript files under the folders (their names and bytes) and the named library versions. */
export function codeFingerprint(dirs: string[], libraries: string[]): string {
  const hash = createHash('sha256');
  dirs.forEach((dir, n) => {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      hash.update(`${n}:${file}`).update(readFileSync(join(dir, file)));
    }
  });
  for (const lib of libraries) hash.update(lib);
  return hash.digest('hex').slice(0, 16);
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

  /**
   * The parse of `input` cached under `key`, or null. An entry that is not a whole parse
   * (torn, edited, written by other code) is reported, naming the entry and its field,
   * and counted a miss: the input is parsed again and the entry replaced.
   */
  get(key: string, input: string, messages: Message[]): ParseResult | null {
    const path = this.path(key);
    if (!existsSync(path)) {
      this.misses++;
      return null;
    }
    const refuse = (found: string) => {
      messages.push({ file: path, line: 0, column: 0, rule: 'parse-cache', severity: 'warning', text: `expected a cached parse of ${input}, found ${found}: parsed again` });
      this.misses++;
      return null;
    };
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      return refuse(`no JSON (${(error as Error).message})`);
    }
    const checked = parseResult.safeParse(data);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return refuse(`${issue?.path.join('.') || 'the entry'}: ${issue?.message ?? 'not a parse'}`);
    }
    this.hits++;
    return checked.data;
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
