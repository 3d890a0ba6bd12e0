// What the search index holds of an article, read from its Markdown file the way the
// site renders it (the same markdown-it instance, the same text blocks): the words a
// reader sees in its title and body, block by block, and what results show and filter.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type MarkdownIt from 'markdown-it';
import { textBlocks } from '../site/text.ts';
import { articleMarkdown } from '../site/markdown-plugin.ts';
import { articleDataProblems } from '../site/article-schema.ts';
import { isoDay } from '../site/dates.ts';
import { UNTITLED_LABEL } from '../site/labels.ts';
import type { ArticleRecord } from '../site/archive.ts';

export interface SearchBlock {
  text: string;
  /** The subhead this block stands under (its id), or null above the first subhead. */
  anchor: string | null;
  /** The block is the subhead itself. */
  subhead: boolean;
}

/** What the site knows of an article, with its people (as the byline links them) and its text. */
export interface SearchRecord extends Pick<ArticleRecord, 'url' | 'title' | 'kicker' | 'subtitle' | 'date' | 'section'> {
  people: string[];
  blocks: SearchBlock[];
}

/** The record of one article file: its front matter (checked) and its rendered body. */
export function recordFromArticle(source: string, md: MarkdownIt, file: string): SearchRecord {
  // An empty options object keeps gray-matter from caching every file by its content.
  const { data, content } = matter(source, {});
  const problems = articleDataProblems(data);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  let anchor: string | null = null;
  const blocks: SearchBlock[] = [];
  for (const b of textBlocks(md.render(content))) {
    const subhead = /^h[2-6]$/u.test(b.tag);
    if (subhead) anchor = b.id;
    blocks.push({ text: b.text, anchor, subhead });
  }
  const names = (field: string) => data[field] as string[];
  return {
    url: data.url as string,
    title: (data.title as string) || UNTITLED_LABEL,
    kicker: (data.kicker as string | null) || null,
    subtitle: (data.subtitle as string | null) || null,
    date: isoDay(data.date as string | Date),
    section: (data.section as string | null) ?? null,
    people: [...new Set([...names('reporters'), ...names('correspondents'), ...names('photographers')])],
    blocks,
  };
}

/** Every article file under `articlesDir` (Markdown, as Eleventy reads it), in path order. */
export function articleFiles(articlesDir: string): string[] {
  return readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md')).sort().map((p) => join(articlesDir, p));
}

/** The records of every article under `articlesDir`. */
export function* articleRecords(articlesDir: string): Generator<SearchRecord> {
  const md = articleMarkdown();
  for (const file of articleFiles(articlesDir)) yield recordFromArticle(readFileSync(file, 'utf8'), md, file);
}
