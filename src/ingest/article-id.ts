// Stable ids and permalinks. An article's id depends only on its edition date and its
// headline, so it survives re-runs, parser changes elsewhere and edits to other
// stories; two stories with the same headline on the same day are told apart by the
// opening of their text, and two that open alike too (briefs titled 简讯, notices with
// one standard opening) by their whole text.
import { createHash } from 'node:crypto';
import type { ParsedArticle } from './types.ts';

/** Letters and digits only: punctuation and spacing may change without changing the story. */
function key(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function headlineKey(a: Pick<ParsedArticle, 'kicker' | 'title' | 'subtitle'>): string {
  return key([a.kicker, a.title, a.subtitle].filter(Boolean).join(''));
}

/** Every word the story prints, captions and tables included: what tells apart two stories that open alike. */
export function textKey(a: Pick<ParsedArticle, 'blocks'>): string {
  return key(a.blocks.map((b) => [b.text, b.attribution ?? '', ...(b.rows ?? []).flat()].join('')).join(''));
}

/** What the id rests on: the headline; with its opening words; with its whole text. */
export type IdBasis = 'headline' | 'opening' | 'text';

export function articleId(date: string, article: ParsedArticle, basis: IdBasis): string {
  const base = `${date}\n${headlineKey(article)}`;
  if (basis === 'headline') return hash(base);
  if (basis === 'text') return hash(`${base}\n\n${textKey(article)}`);
  const opening = key(
    article.blocks
      .filter((b) => b.type === 'paragraph')
      .map((b) => b.text)
      .join(''),
  ).slice(0, 40);
  return hash(`${base}\n${opening}`);
}

/** The site-relative permalink: `/YYYY/MM/DD/<id>/`. */
export function articleUrl(date: string, id: string): string {
  return `/${date.replaceAll('-', '/')}/${id}/`;
}
