// OpenCC's table of traditional characters and their simplified forms (TSCharacters,
// from the opencc-js package), as the fold of tokens.ts reads it: each character that
// changes followed by the one it becomes (`報报區区…`). The search page loads it as a
// chunk of its own, the pairs written out by bundle.ts, only when a query or a result
// needs it.
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/** OpenCC's `源 目标|源 目标|…` as pairs of characters: the entries of one character for another. */
export function characterPairs(dictionary: string): string {
  let pairs = '';
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ').map((c) => Array.from(c));
    if (from?.length === 1 && to?.length === 1 && from[0] !== to[0]) pairs += `${from[0]}${to[0]}`;
  }
  return pairs;
}

export default characterPairs(TS_CHARACTERS);
