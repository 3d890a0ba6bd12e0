// The articles folder as the site reads it: every Markdown file's front matter, checked
// where it enters (a broken field fails with the file and the field named), and its
// body, rendered on demand by the one markdown-it instance the site and search share.
// Eleventy renders article pages by paginating over these records rather than reading
// each file as a template of its own: its cost per template grows with their number
// (a linear search in its template map), its cost per paginated page does not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { articleDataProblems } from './article-schema.ts';
import { articleMarkdown } from './markdown-plugin.ts';
import { isoDay } from './dates.ts';
import type { ArticleRecord } from './archive.ts';

/** An article file's front matter, with its date as YYYY-MM-DD, and where the file is. */
export type ArticleData = Record<string, unknown> & { url: string; date: string; file: string };

/** Every article file under `dir` (Markdown, at any depth), in path order. */
export function articleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md')).sort().map((p) => join(dir, p));
}

const FIELD_LINE = /^([A-Za-z_]\w*): (.*)$/u;

/**
 * Front matter as ingest writes it (markdown.ts): `---`, one `key: <JSON>` line a field,
 * `---`. JSON is YAML's flow style, so this reads what a YAML parser would, ten times
 * faster; anything else (a hand edit in other YAML) returns null and goes to gray-matter.
 */
export function readJsonFrontMatter(source: string): { data: Record<string, unknown>; body: string } | null {
  if (!source.startsWith('---\n')) return null;
  const end = source.indexOf('\n---\n', 3);
  if (end < 0) return null;
  const data: Record<string, unknown> = {};
  for (const line of source.slice(4, end).split('\n')) {
    const m = FIELD_LINE.exec(line);
    if (!m || Object.hasOwn(data, m[1] as string)) return null;
    try { data[m[1] as string] = JSON.parse(m[2] as string); } catch { return null; }
  }
  return { data, body: source.slice(end + 5) };
}

/** One article file: its checked front matter and its Markdown body. */
export function readArticle(file: string, source = readFileSync(file, 'utf8')): { data: ArticleData; body: string } {
  // An empty options object keeps gray-matter from caching every file by its content.
  const { data, body: content } = readJsonFrontMatter(source) ?? (({ data: d, content: c }) => ({ data: d, body: c }))(matter(source, {}));
  const problems = articleDataProblems(data);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return { data: { ...data, date: isoDay(data.date), file } as ArticleData, body: content };
}

/** What the archive's structure needs of an article. */
export function articleRecord(d: ArticleData): ArticleRecord {
  const r = d as unknown as ArticleRecord;
  return {
    id: r.id, url: r.url, title: r.title, kicker: r.kicker ?? null, subtitle: r.subtitle ?? null, date: d.date,
    section: r.section ?? null, editor: r.editor ?? null, pageNumber: r.pageNumber ?? null, column: r.column ?? null,
    reporters: r.reporters, correspondents: r.correspondents, photographers: r.photographers, source: r.source,
    sources: Array.isArray(r.sources) && r.sources.length ? r.sources : [r.source],
    decisions: r.decisions ?? [], locked: d.locked === true,
  };
}

/** An article as the store holds it: its front matter, and where its body starts in its file. */
export interface StoreEntry { data: ArticleData; body: { start: number; length: number } }

/** Reads one article file into a store entry. */
export function storeEntry(file: string): StoreEntry {
  const source = readFileSync(file, 'utf8');
  const { data, body } = readArticle(file, source);
  return { data, body: { start: source.length - body.length, length: source.length } };
}

export class ArticleStore {
  readonly data: ArticleData[] = [];
  private readonly byUrl = new Map<string, ArticleData>();
  private readonly md = articleMarkdown();

  /** Where each file's body starts, and the file's length then: a body is read without its front matter again. */
  private readonly bodies = new Map<string, StoreEntry['body']>();

  /** Every article under `dir`, or, from a saved state (site-state.ts), the entries it holds. */
  constructor(readonly dir: string, entries: StoreEntry[] = articleFiles(dir).map(storeEntry)) {
    this.add(entries);
  }

  add(entries: StoreEntry[]): void {
    for (const { data, body } of entries) {
      if (this.byUrl.has(data.url)) throw new Error(`${data.file}: ${data.url} is in the store already (${this.byUrl.get(data.url)?.file})`);
      this.data.push(data);
      this.byUrl.set(data.url, data);
      this.bodies.set(data.url, body);
    }
  }

  /** What the store holds, to be saved and read again without reading every file. */
  entries(): StoreEntry[] {
    return this.data.map((data) => ({ data, body: this.bodies.get(data.url) as StoreEntry['body'] }));
  }

  get(url: string): ArticleData | undefined {
    return this.byUrl.get(url);
  }

  /** The article's body as HTML, read and rendered when asked for (bodies are not held in memory). */
  body(url: string): string {
    const d = this.byUrl.get(url);
    if (!d) return '';
    const source = readFileSync(d.file, 'utf8');
    const at = this.bodies.get(url);
    // A file edited since the build began is read whole again.
    const body = at && at.length === source.length ? source.slice(at.start) : readArticle(d.file, source).body;
    return this.md.render(body);
  }
}
