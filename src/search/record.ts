// What the search index holds of an article: the words the story itself shows, block
// by block — its headline lines, its bylines as printed, the text blocks of its rendered
// body (paragraphs, subheads, captions with their credits, epigraphs with their sources,
// boxes, column labels) — and what results show and filter; not the page around it
// (date, section and editor, navigation).
import type { Article, TextBlock } from '../article/schema.ts';
import { UNTITLED_LABEL } from '../article/labels.ts';

export interface SearchBlock {
  text: string;
  /** The subhead this block stands under (its id), or null above the first subhead. */
  anchor: string | null;
  /** The block is the subhead itself. */
  subhead: boolean;
}

/** What results show and filter of an article, with its people (as the byline links them) and its text. */
export interface SearchRecord extends Pick<Article, 'url' | 'title' | 'kicker' | 'subtitle' | 'date' | 'section'> {
  people: string[];
  blocks: SearchBlock[];
}

/** The front matter a record is made of. */
export type SearchedFields = Pick<Article, 'url' | 'title' | 'kicker' | 'subtitle' | 'date' | 'section' | 'reporters' | 'correspondents' | 'photographers'> & { bylines?: string[] };

/** The record of one article: its front matter, its bylines as printed, and the text blocks of its rendered body. */
export function searchRecord(data: SearchedFields, body: TextBlock[]): SearchRecord {
  let anchor: string | null = null;
  // The bylines stand under the headline, above the first subhead.
  const blocks: SearchBlock[] = (data.bylines ?? []).map((text) => ({ text, anchor: null, subhead: false }));
  for (const b of body) {
    const subhead = /^h[2-6]$/u.test(b.tag);
    if (subhead) anchor = b.id;
    blocks.push({ text: b.text, anchor, subhead });
  }
  return {
    url: data.url,
    title: data.title || UNTITLED_LABEL,
    kicker: data.kicker || null,
    subtitle: data.subtitle || null,
    date: data.date,
    section: data.section ?? null,
    people: [...new Set([...data.reporters, ...data.correspondents, ...data.photographers])],
    blocks,
  };
}
