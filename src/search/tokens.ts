// How text becomes index terms, the same way for the index and for queries. Text is
// matched the way a reader's Ctrl+F matches it: as a string of characters. Chinese has
// no spaces to cut words at, and any cutting loses matches (see
// shared/docs/search-findings.md), so the index holds every UTF-16 unit of the folded
// text and every pair of adjacent units in a block; a query of one unit is that unit, a
// longer one the run of its pairs, standing one after another (index-format.ts).
import { pairKey, unitKey } from './index-format.ts';

const WHITE_SPACE = /\s/u;

/**
 * Folds what Ctrl+F folds: compatibility forms (full-width Latin), case, runs of white
 * space. Character by character, so that a position in the folded text can be traced
 * back to the original.
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let space = -1; // where a run of white space inside the text began
  let index = 0;
  for (const ch of text) {
    if (WHITE_SPACE.test(ch)) {
      if (space < 0 && folded.length > 0) space = index;
    } else {
      if (space >= 0) { folded += ' '; origin.push(space); space = -1; }
      const piece = ch.normalize('NFKC').toLowerCase();
      for (let k = 0; k < piece.length; k++) origin.push(index);
      folded += piece;
    }
    index += ch.length;
  }
  return { folded, origin };
}

/** A unit that folds to itself and is no white space: CJK ideographs, ASCII other than capitals and spaces. */
const foldsToItself = (unit: number) => (unit >= 0x4e00 && unit <= 0x9fff) || (unit > 0x20 && unit < 0x7f && !(unit >= 0x41 && unit <= 0x5a));

/** The folded text alone (foldWithMap's), fast on the text newspapers are made of. */
export function foldText(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) plain = foldsToItself(text.charCodeAt(i));
  if (plain) return text;
  // Runs of units that fold to themselves are copied whole; the rest goes the long way.
  let folded = '';
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && foldsToItself(text.charCodeAt(j))) j++;
    if (j > i) { folded += text.slice(i, j); i = j; continue; }
    while (j < text.length && !foldsToItself(text.charCodeAt(j))) j++;
    // White space between two runs folds to one space; at either end of the text, to nothing.
    const piece = foldWithMap(`${i > 0 ? 'x' : ''}${text.slice(i, j)}${j < text.length ? 'x' : ''}`).folded;
    folded += piece.slice(i > 0 ? 1 : 0, j < text.length ? -1 : undefined);
    i = j;
  }
  return folded;
}

/** One query term: the folded string (for checking and marking) and the index terms that find it. */
export interface TermSearch {
  term: string;
  /** One unit's key, or the keys of its adjacent pairs in order. */
  keys: number[];
}

export function termSearch(term: string): TermSearch | null {
  const folded = foldText(term);
  if (!folded) return null;
  if (folded.length === 1) return { term: folded, keys: [unitKey(folded.charCodeAt(0))] };
  const keys: number[] = [];
  for (let i = 0; i + 1 < folded.length; i++) keys.push(pairKey(folded.charCodeAt(i), folded.charCodeAt(i + 1)));
  return { term: folded, keys };
}
