// The articles folder as the site reads it: every Markdown file's front matter, read and
// checked by the article module where it enters (a broken field fails with the file and
// the field named), and its body, rendered on demand: as the site's pages show it, or as
// its text alone (for the search index, the data export and the feed).
// Eleventy renders article pages by paginating over these records rather than reading
// each file as a template of its own: its cost per template grows with their number
// (a linear search in its template map), its cost per paginated page does not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../article/file.ts';
import { currentBody } from '../article/markdown.ts';
import { articleMarkdown } from '../article/render.ts';
import type { FrontMatter, TextBlock } from '../article/schema.ts';
import { siteMarkdown } from './presentation.ts';
import { textBlocks } from './text.ts';
import type { ArticleRecord } from './archive.ts';

/** An article file's front matter, checked, and where the file is. */
export type ArticleData = FrontMatter & { file: string };

/** Every article file under `dir` (Markdown, at any depth), in path order. */
export function articleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.md'))
    .sort()
    .map((p) => join(dir, p));
}

/** One article file: its checked front matter and its Markdown body. A broken front matter stops the build, naming the file and every field. */
export function readArticle(file: string, source = readFileSync(file, 'utf8')): { data: ArticleData; body: string; bodyStart: number } {
  const read = readArticleFile(source);
  if ('problems' in read) throw new Error(`${file}: ${read.problems.join('; ')}`);
  return { ...read, data: { ...read.data, file } };
}

/** What the archive's structure needs of an article. */
export function articleRecord(d: ArticleData): ArticleRecord {
  return {
    id: d.id,
    url: d.url,
    title: d.title,
    kicker: d.kicker,
    subtitle: d.subtitle,
    date: d.date,
    section: d.section,
    editor: d.editor,
    pageNumber: d.pageNumber,
    column: d.column,
    reporters: d.reporters,
    correspondents: d.correspondents,
    photographers: d.photographers,
    source: d.source,
    sources: d.sources?.length ? d.sources : [d.source],
    decisions: d.decisions ?? [],
    locked: d.locked === true,
  };
}

/** An article as the store holds it: its front matter, and where its body starts in its file. */
export interface StoreEntry {
  data: ArticleData;
  body: { start: number; length: number };
}

/** Reads one article file into a store entry. */
export function storeEntry(file: string): StoreEntry {
  const source = readFileSync(file, 'utf8');
  const { data, bodyStart } = readArticle(file, source);
  return { data, body: { start: bodyStart, length: source.length } };
}

export class ArticleStore {
  readonly data: ArticleData[] = [];
  private readonly byUrl = new Map<string, ArticleData>();
  private readonly site = siteMarkdown();
  private readonly plain = articleMarkdown();

  /** Where each file's body starts, and the file's length then: a body is read without its front matter again. */
  private readonly bodies = new Map<string, StoreEntry['body']>();

  /** Every article under `dir`, or, from a saved state (site-state.ts), the entries it holds. */
  constructor(
    readonly dir: string,
    entries: StoreEntry[] = articleFiles(dir).map(storeEntry),
  ) {
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

  /** The article's body in Markdown, read when asked for (bodies are not held in memory). */
  markdown(url: string): string {
    const d = this.byUrl.get(url);
    if (!d) return '';
    const source = readFileSync(d.file, 'utf8');
    const at = this.bodies.get(url);
    // A file edited since the build began is read whole again.
    return at && at.length === source.length ? currentBody(source.slice(at.start)) : readArticle(d.file, source).body;
  }

  /** The article's body as its page shows it. */
  body(url: string): string {
    return this.site.render(this.markdown(url));
  }

  /** The article's text blocks as a reader sees them, without what the page adds. */
  text(url: string): TextBlock[] {
    return textBlocks(this.plain.render(this.markdown(url)));
  }
}
