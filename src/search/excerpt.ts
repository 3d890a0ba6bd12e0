// Excerpts in the article's own words, with every occurrence of the query marked as
// one continuous run: matched on folded text, cut and marked on the original.
import { foldWithMap } from './tokens.ts';

export interface ExcerptRun {
  text: string;
  mark: boolean;
}

/** Where the terms occur in `text`: [start, end) ranges of the original string, merged. */
export function findMatches(text: string, terms: string[]): Array<[number, number]> {
  const { folded, origin } = foldWithMap(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0 && term; at = folded.indexOf(term, at + 1)) {
      const start = origin[at] as number;
      const lastOrigin = origin[at + term.length - 1] as number;
      const end = lastOrigin + ((text.codePointAt(lastOrigin) as number) > 0xffff ? 2 : 1);
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** Does the text hold every term? The check a reader's Ctrl+F makes. */
export function containsAll(texts: string[], terms: string[]): boolean {
  return terms.every((t) => texts.some((x) => findMatches(x, [t]).length > 0));
}

/**
 * An excerpt of `text` around its first match, about `width` characters long, cut at
 * whole characters, with the matches inside it marked. Without a match, its opening.
 */
export function excerpt(text: string, terms: string[], width = 80): ExcerptRun[] {
  const matches = findMatches(text, terms);
  const chars = Array.from(text);
  const offsets: number[] = [];
  let pos = 0;
  for (const c of chars) {
    offsets.push(pos);
    pos += c.length;
  }
  const charAt = (unit: number) => {
    const i = offsets.findIndex((o) => o >= unit);
    return i < 0 ? chars.length : i;
  };
  const first = matches[0];
  let from = 0;
  if (first) from = Math.max(0, charAt(first[0]) - Math.floor(width / 3));
  const to = Math.min(chars.length, from + width);
  from = Math.max(0, Math.min(from, to - width));
  const start = offsets[from] ?? 0;
  const end = to < chars.length ? (offsets[to] as number) : text.length;
  const segments: ExcerptRun[] = [];
  if (from > 0) segments.push({ text: '…', mark: false });
  let cursor = start;
  for (const [a, b] of matches) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    if (s > cursor) segments.push({ text: text.slice(cursor, s), mark: false });
    segments.push({ text: text.slice(s, e), mark: true });
    cursor = e;
  }
  if (cursor < end) segments.push({ text: text.slice(cursor, end), mark: false });
  if (to < chars.length) segments.push({ text: '…', mark: false });
  return segments;
}

export const segmentsText = (segments: ExcerptRun[]) => segments.map((s) => s.text).join('');
