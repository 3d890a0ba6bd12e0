// How text becomes index words, the same way for the index and for queries. Pagefind
// cuts Chinese into words its own way and cuts the query another way (see
// shared/docs/search-findings.md); we give it words that need no cutting instead.
// Text is matched the way a reader's Ctrl+F matches it: as a string of characters.
// Each UTF-16 unit is written as four lowercase letters; each pair of adjacent units in
// a block of text is one index word, and the block's last unit one more word. A query
// of two or more units is the phrase of its pairs; a query of one unit is a prefix.

/**
 * Folds what Ctrl+F folds: compatibility forms (full-width Latin), case, runs of white
 * space. Character by character, so that a position in the folded text can be traced
 * back to the original (see foldWithMap).
 */
export function foldText(text: string): string {
  return foldWithMap(text).folded;
}

/** The folded text and, for each of its UTF-16 units, the index in `text` of the character it came from. */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let space = -1; // where a run of white space inside the text began
  let index = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) {
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

const A = 'a'.charCodeAt(0);

/** One UTF-16 unit as four letters: 0..65535 in base 26. */
export function unitCode(unit: number): string {
  let out = '';
  let n = unit;
  for (let i = 0; i < 4; i++) {
    out = String.fromCharCode(A + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

export function decodeUnit(code: string): number {
  let n = 0;
  for (const ch of code) n = n * 26 + (ch.charCodeAt(0) - A);
  return n;
}

/** The index words of one block of text (a title, a paragraph, a caption). */
export function indexWords(text: string): string[] {
  const folded = foldText(text);
  const codes = Array.from({ length: folded.length }, (_, i) => unitCode(folded.charCodeAt(i)));
  const words: string[] = [];
  for (let i = 0; i + 1 < codes.length; i++) words.push(`${codes[i]}${codes[i + 1]}`);
  if (codes.length) words.push(codes.at(-1) as string);
  return words;
}

/** How Pagefind is asked for one query term (a word the reader typed, or a quoted phrase). */
export interface TermSearch {
  /** The folded term itself, for checking results and highlighting. */
  term: string;
  /** What is passed to Pagefind: a quoted phrase of pairs, or one unit to match as a prefix. */
  pagefindQuery: string;
  /**
   * The same words unquoted, for ranking: Pagefind scores a quoted phrase flat, but weighs
   * unquoted words by where they stand (title over body). Null where the query itself ranks.
   */
  rankingQuery: string | null;
}

export function termSearch(term: string): TermSearch | null {
  const folded = foldText(term);
  if (!folded) return null;
  const words = indexWords(folded);
  if (folded.length === 1) return { term: folded, pagefindQuery: words[0] as string, rankingQuery: null };
  const pairs = words.slice(0, -1).join(' ');
  return { term: folded, pagefindQuery: `"${pairs}"`, rankingQuery: pairs };
}
