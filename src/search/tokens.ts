// How text becomes index terms, the same way for the index and for queries. Text is
// matched the way a reader's Ctrl+F matches it: as a string of characters. Chinese has
// no spaces to cut words at, and any cutting loses matches (a name or place the cutter
// splits otherwise than the query; README, Search), so the index holds every UTF-16 unit of the folded
// text and every pair of adjacent units in a block; a query of one unit is that unit, a
// longer one the run of its pairs, standing one after another (index-format.ts).
// Traditional characters fold to simplified ones, on both sides, so that a query in
// either script finds a story in either: character by character, one code point for
// one (OpenCC's phrases, which change a word's length, are left out), so positions are
// kept and excerpts mark the characters as printed.
import { pairKey, unitKey } from './index-format.ts';
import TRADITIONAL_GAPS, { GAP_DIGITS } from './traditional-chars.ts';

const WHITE_SPACE = /\s/u;

/** Each traditional character's simplified form, by code point: empty until a table is installed. */
const simplified = new Map<number, number>();
/** 1 for a UTF-16 unit that is a traditional character or may begin one: it never folds to itself. */
const traditionalUnit = new Uint8Array(65536);
let loading: Promise<void> | null = null;

/**
 * Installs a table of traditional characters, each followed by its simplified form
 * (traditional.ts). Where a simplified form is itself in the table (薴 → 苧 → 苎), it
 * goes to the end of the chain: folding twice must give what folding once gives.
 */
export function useTraditionalTable(pairs: string): void {
  const chars = Array.from(pairs, (c) => c.codePointAt(0) as number);
  const table = new Map<number, number>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i] as number, chars[i + 1] as number);
  for (const [from, to] of table) {
    let end = to;
    for (let steps = 0; table.has(end) && steps < table.size; steps++) end = table.get(end) as number;
    simplified.set(from, end);
    traditionalUnit[String.fromCodePoint(from).charCodeAt(0)] = 1;
  }
}

export const traditionalLoaded = (): boolean => simplified.size > 0;

/** OpenCC's table (traditional.ts), loaded once: in the browser a chunk of its own, fetched only when asked for. */
export function loadTraditional(): Promise<void> {
  loading ??= import('./traditional.ts').then((m) => useTraditionalTable(m.default));
  return loading;
}

let changed: Set<number> | null = null;

/** The code points written as gaps (traditional-chars.ts). */
function codePointsOf(gaps: string): Set<number> {
  const out = new Set<number>();
  let c = 0;
  for (let i = 0; i < gaps.length; i++) {
    if (gaps[i] === '~') {
      const end = gaps.indexOf('.', i);
      c += parseInt(gaps.slice(i + 1, end), 36);
      i = end;
    } else {
      c += GAP_DIGITS.indexOf(gaps[i] as string);
    }
    out.add(c);
  }
  return out;
}

/**
 * Does the text hold a character the table would change, once in its compatibility
 * form (a compatibility ideograph may be a traditional one)? Known without the table.
 */
export function needsTraditional(text: string): boolean {
  changed ??= codePointsOf(TRADITIONAL_GAPS);
  for (const ch of text.normalize('NFKC')) if (changed.has(ch.codePointAt(0) as number)) return true;
  return false;
}

/** Does the text hold a character the installed table changes? */
export function holdsTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (traditionalUnit[text.charCodeAt(i)] === 1 && simplified.has(text.codePointAt(i) as number)) return true;
  }
  return false;
}

function simplify(text: string): string {
  if (simplified.size === 0) return text;
  let out = '';
  for (const ch of text) {
    const to = simplified.get(ch.codePointAt(0) as number);
    out += to === undefined ? ch : String.fromCodePoint(to);
  }
  return out;
}

/**
 * Folds what Ctrl+F folds: compatibility forms (full-width Latin), case, runs of white
 * space; and traditional characters to simplified, once a table is installed.
 * Character by character, so that a position in the folded text can be traced back to
 * the original.
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
      if (space >= 0) {
        folded += ' ';
        origin.push(space);
        space = -1;
      }
      const piece = simplify(ch.normalize('NFKC').toLowerCase());
      for (let k = 0; k < piece.length; k++) origin.push(index);
      folded += piece;
    }
    index += ch.length;
  }
  return { folded, origin };
}

/** A unit that folds to itself and is no white space: CJK ideographs but traditional ones, ASCII other than capitals and spaces. */
const foldsToItself = (unit: number) => (unit >= 0x4e00 && unit <= 0x9fff && traditionalUnit[unit] === 0) || (unit > 0x20 && unit < 0x7f && !(unit >= 0x41 && unit <= 0x5a));

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
    if (j > i) {
      folded += text.slice(i, j);
      i = j;
      continue;
    }
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
