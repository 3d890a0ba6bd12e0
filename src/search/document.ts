// An article as the search index holds it: its text folded for matching (tokens.ts),
// block by block, each unit weighted by where it stands (title over kicker and subtitle
// over subheads over body), and the article as results show it (StoredDoc).
import { foldText, holdsTraditional } from './tokens.ts';
import { BLOCK_SEPARATOR, MAX_POSITION } from './index-format.ts';
import type { SearchRecord } from './record.ts';

/** The record as results read it back: short keys, for it is downloaded with each hit. */
export interface StoredDoc {
  u: string;
  t: string;
  k: string | null;
  s: string | null;
  d: string;
  c: string | null;
  /** Body blocks: text, the subhead anchor it stands under, and 1 for a subhead itself. */
  b: Array<[string, string | null, 0 | 1]>;
  /** 1 when its text holds traditional characters: results need the table to mark them. */
  z?: 1;
}

export const WEIGHTS = { title: 10, kicker: 7, subtitle: 7, subhead: 3, body: 1 } as const;

export function storedDoc(r: SearchRecord): StoredDoc {
  const doc: StoredDoc = { u: r.url, t: r.title, k: r.kicker, s: r.subtitle, d: r.date, c: r.section, b: r.blocks.map((b) => [b.text, b.anchor, b.subhead ? 1 : 0]) };
  if ([r.title, r.kicker ?? '', r.subtitle ?? '', ...r.blocks.map((b) => b.text)].some(holdsTraditional)) doc.z = 1;
  return doc;
}

/** The folded blocks joined by the block separator, and the weight of every unit. */
export function indexText(r: SearchRecord): { text: string; weights: Uint8Array } {
  const blocks: Array<[string, number]> = [[r.title, WEIGHTS.title]];
  if (r.kicker) blocks.push([r.kicker, WEIGHTS.kicker]);
  if (r.subtitle) blocks.push([r.subtitle, WEIGHTS.subtitle]);
  for (const b of r.blocks) blocks.push([b.text, b.subhead ? WEIGHTS.subhead : WEIGHTS.body]);
  const folded = blocks.map(([text, weight]) => [foldText(text), weight] as const).filter(([text]) => text);
  const text = folded.map(([t]) => t).join(String.fromCharCode(BLOCK_SEPARATOR));
  const weights = new Uint8Array(text.length);
  let at = 0;
  for (const [t, weight] of folded) {
    weights.fill(weight, at, at + t.length);
    at += t.length + 1;
  }
  return { text, weights };
}

/** A stored document's text as the index holds it (indexText's, from what results show): a match can be checked on it. */
export function storedText(doc: StoredDoc): string {
  const blocks = [doc.t, doc.k ?? '', doc.s ?? '', ...doc.b.map(([text]) => text)].map(foldText).filter(Boolean);
  return blocks.join(String.fromCharCode(BLOCK_SEPARATOR)).slice(0, MAX_POSITION);
}
