// What the search index holds of an article: the words the story itself shows, block
// by block — its headline lines, its bylines as printed, the text blocks of its rendered
// body (paragraphs, subheads, captions with their credits, epigraphs with their sources,
// boxes, column labels) — and what results show and filter; not the page around it
// (date, section and editor, navigation). And the archive's people and sections, by
// name, with the pages the archive gave them.
import type { TextBlock } from '../site/text.ts';
import type { ArticleData } from '../site/article-store.ts';
import { UNTITLED_LABEL } from '../site/labels.ts';
import type { Archive, ArticleRecord, Reporter, Role } from '../site/archive.ts';
import type { NamedPage } from './index-format.ts';

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

/** The record of one article: its front matter, its bylines as printed, and the text blocks of its rendered body. */
export function searchRecord(data: ArticleData, body: TextBlock[]): SearchRecord {
  let anchor: string | null = null;
  // The bylines stand under the headline, above the first subhead.
  const blocks: SearchBlock[] = ((data.bylines as string[] | undefined) ?? []).map((text) => ({ text, anchor: null, subhead: false }));
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

/** A person's main role: the one of most of their stories (a reporter before a correspondent before a photographer). */
const mainRole = (roles: Reporter['roles']): Role => (['reporter', 'correspondent', 'photographer'] as const).reduce((a, b) => (roles[b] > roles[a] ? b : a));

/** Every person and named section of the archive, with the URL the archive gave its page and its count of stories. */
export function namedPages(archive: Pick<Archive, 'reporters' | 'sections'>): NamedPage[] {
  return [
    ...archive.reporters.map((r): NamedPage => ({ name: r.name, role: mainRole(r.roles), url: r.url, count: r.articles.length })),
    ...archive.sections.flatMap((s): NamedPage[] => (s.name === null ? [] : [{ name: s.name, role: 'section', url: s.url, count: s.articles.length }])),
  ];
}
