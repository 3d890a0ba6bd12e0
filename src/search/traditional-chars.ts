// The characters OpenCC's table changes (traditional.ts), and no more: shipped with the
// search page's script, so that a query holding none of them is known to fold as typed
// and the table is fetched only for a query that holds one (or a result printed in
// traditional characters, to mark it). Written as the gaps between their code points,
// in ascending order, a character a gap: a sixth of the table's size.
import PAIRS from './traditional.ts';

/** 64 characters that need no escaping in a JavaScript string: a gap below 64 is one of them. */
export const GAP_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Ascending code points as gaps: a digit for a gap below 64, else `~`, the gap in base 36 and `.`. */
export function gapsOf(codePoints: number[]): string {
  let out = '';
  let previous = 0;
  for (const c of [...new Set(codePoints)].sort((a, b) => a - b)) {
    const gap = c - previous;
    out += gap < 64 ? GAP_DIGITS[gap] : `~${gap.toString(36)}.`;
    previous = c;
  }
  return out;
}

/** The traditional characters of the table's pairs: every other one, from the first. */
export default gapsOf(
  Array.from(PAIRS)
    .filter((_, i) => i % 2 === 0)
    .map((c) => c.codePointAt(0) as number),
);
