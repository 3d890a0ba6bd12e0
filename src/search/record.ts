// What the search index holds of an article: the words a reader sees in its title and
// body, block by block (the text blocks of its rendered body, as the page shows them),
// and what results show and filter.
import type { TextBlock } from '../site/text.ts';
import type { ArticleData } from '../site/article-store.ts';
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

/** The record of one article: its front matter and the text blocks of its rendered body. */
export function searchRecord(data: ArticleData, body: TextBlock[]): SearchRecord {
  let anchor: string | null = null;
  const blocks: SearchBlock[] = [];
  for (const b of body) {
    const subhead = /^h[2-6]$/u.test(b.tag);
    if (subhead) anchor = b.id;
    blocks.push({ text: b.text, anchor, subhead });
  }
  const names = (field: string) => data[field] as string[];
  return {
    url: data.url,
    title: (data.title as string) || UNTITLED_LABEL,
    kicker: (data.kicker as string | null) || null,
    subtitle: (data.subtitle as string | null) || null,
    date: data.date,
    section: (data.section as string | null) ?? null,
    people: [...new Set([...names('reporters'), ...names('correspondents'), ...names('photographers')])],
    blocks,
  };
}
