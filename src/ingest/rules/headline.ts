// Rule: headline block (标题). One to three short lines: an optional kicker (引题)
// above the main title (主题), an optional subtitle (副题) below it, usually opened
// by a dash. A kicker may share the title's line, set off by a space.
import { endsSentence, hanCount } from '../text.ts';

export interface Headline {
  kicker: string | null;
  title: string;
  subtitle: string | null;
}

/** The longest line a headline or subhead takes; body paragraphs run longer. */
export const MAX_HEADING_LENGTH = 40;

/**
 * A line that can be part of a headline block or a subhead: short and unpunctuated at its
 * end. A headline never carries a full stop: a short line with one inside is the end of
 * a sentence and the start of the next, cut by a column break.
 */
export function isHeadingLine(line: string): boolean {
  return [...line].length <= MAX_HEADING_LENGTH && hanCount(line) >= 2 && !endsSentence(line) && !line.includes('。');
}

/** A subtitle opens with a dash (`——清水塘老工业区搬迁改造十年记`). */
export const SUBTITLE = /^[—─]{1,2}|^-{2}/u;
const CLAUSE_MARK = /[,，;；]/u;

/**
 * A kicker on the title's own line reads as a sentence of its own (it carries a
 * comma) before the last space; the parts of a two-part title do not, since Chinese
 * headlines set their parts apart with a space instead of a comma.
 */
function splitInlineKicker(line: string): Headline {
  const cut = line.lastIndexOf(' ');
  if (cut > 0) {
    const head = line.slice(0, cut).trim();
    const tail = line.slice(cut + 1).trim();
    if (CLAUSE_MARK.test(head) && !CLAUSE_MARK.test(tail) && hanCount(tail) >= 4) {
      return { kicker: head, title: tail, subtitle: null };
    }
  }
  return { kicker: null, title: line, subtitle: null };
}

export function splitHeadline(lines: string[]): Headline {
  const subtitles = lines.filter((l, i) => i > 0 && SUBTITLE.test(l));
  const main = lines.filter((l, i) => !(i > 0 && SUBTITLE.test(l)));
  const subtitle = subtitles.length ? subtitles.join(' ') : null;
  if (main.length === 0) return { kicker: null, title: lines.join(' '), subtitle: null };
  if (main.length === 1) return { ...splitInlineKicker(main[0] as string), subtitle };
  if (main.length === 2 || subtitle !== null) {
    return { kicker: main.slice(0, -1).join(' '), title: main.at(-1) as string, subtitle };
  }
  // Three lines and no dash: kicker, title, subtitle in print order.
  return { kicker: main.slice(0, -2).join(' '), title: main.at(-2) as string, subtitle: main.at(-1) as string };
}
