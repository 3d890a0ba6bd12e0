// The page Pagefind indexes for an article: not the page a reader sees, but its words as
// index words (tokens.ts), weighted (title over subheads over body), with the article's
// own text, its filters and its date kept as Pagefind metadata and sort keys.
import { indexWords } from './tokens.ts';
import type { SearchRecord } from './record.ts';
import { UNKNOWN_SECTION_LABEL } from '../site/labels.ts';

/** Pagefind is told the text is in no particular language: no stemming, no word cutting. */
export const INDEX_LANGUAGE = 'und';

/** The record as the results read it back from Pagefind's metadata. */
export interface StoredDoc {
  t: string;
  k: string | null;
  s: string | null;
  d: string;
  c: string | null;
  /** Body blocks: text, the subhead anchor it stands under, and 1 for a subhead itself. */
  b: Array<[string, string | null, 0 | 1]>;
}

const escape = (s: string) => s.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
const words = (text: string | null, weight: number) => (text ? `<p data-pagefind-weight="${weight}">${indexWords(text).join(' ')}</p>` : '');
const meta = (kind: 'meta' | 'filter' | 'sort', name: string, value: string) => `<meta data-pagefind-${kind}="${name}[content]" content="${escape(value)}">`;

export function storedDoc(r: SearchRecord): StoredDoc {
  return { t: r.title, k: r.kicker, s: r.subtitle, d: r.date, c: r.section, b: r.blocks.map((b) => [b.text, b.anchor, b.subhead ? 1 : 0]) };
}

export function indexDocument(r: SearchRecord): string {
  const head = [
    meta('meta', 'title', r.title),
    meta('meta', 'doc', JSON.stringify(storedDoc(r))),
    meta('filter', 'section', r.section ?? UNKNOWN_SECTION_LABEL),
    ...(r.date ? [meta('filter', 'year', r.date.slice(0, 4)), meta('sort', 'date', r.date)] : []),
    ...r.people.map((p) => meta('filter', 'reporter', p)),
  ];
  const body = [
    words(r.title, 10), words(r.kicker, 7), words(r.subtitle, 7),
    ...r.blocks.map((b) => words(b.text, b.subhead ? 3 : 1)),
  ];
  return `<!DOCTYPE html><html lang="${INDEX_LANGUAGE}"><head>${head.join('')}</head><body data-pagefind-body>${body.join('')}</body></html>`;
}
