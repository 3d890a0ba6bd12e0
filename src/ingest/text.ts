// Character classes of Chinese newspaper text, shared by the layout rules.

/** Marks that end a sentence, half- and full-width. */
const SENTENCE_END = new Set([...'。!?！？…;；:：.']);

/**
 * The characters of a Han character class. Newsrooms type the rare characters of names,
 * which their fonts lack, as private-use code points (造字): those are Han too.
 */
export const HAN_CLASS = String.raw`\p{Script=Han}\p{Co}`;
export const HAN = new RegExp(`[${HAN_CLASS}]`, 'u');
const HAN_GLOBAL = new RegExp(`[${HAN_CLASS}]`, 'gu');

export function hanCount(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

/**
 * Whether a line of body text ends its sentence. A column break in the PDF cuts
 * paragraphs anywhere; a paragraph that does not end in closing punctuation goes on
 * in the next one. A closing quote or bracket closes only behind a sentence mark
 * (`……”` closes, `“株洲故事”` inside a sentence does not); a line that is one
 * parenthetical, such as `(市气象台5月30日16时发布)`, is complete in itself.
 */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  const core = t.replace(/[”’」』"')）\]】》〉]+$/u, '');
  const last = core.at(-1);
  // A point after a digit is a decimal point where a column break cut the number (`1.` / `2万家`).
  if (last === '.' && /\d\.$/u.test(core)) return false;
  if (last !== undefined && SENTENCE_END.has(last)) return true;
  return /^[(（][^()（）]*[)）]$/u.test(t);
}

/** A date alone on its line, as a notice is signed with: `2025年5月28日`, `二〇二五年五月二十八日`. */
const FULL_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/u;
export const isFullDate = (line: string) => FULL_DATE.test(line.replace(/\s+/gu, ''));

/** Opening and closing marks that must balance in a heading. */
const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['‘', '’'],
  ['(', ')'],
  ['（', '）'],
  ['《', '》'],
  ['「', '」'],
  ['【', '】'],
];

export function balanced(text: string): boolean {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth++;
      else if (ch === close && --depth < 0) return false;
    }
    if (depth !== 0) return false;
  }
  return true;
}

/** The text with every quoted or bracketed span removed. */
export function outsideQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if ('“‘(（《「【'.includes(ch)) depth++;
    else if ('”’)）》」】'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Lines that hold only white space, including no-break and ideographic spaces. */
export function isBlank(line: string): boolean {
  return /^[\s\u00a0\u3000\u200b\ufeff]*$/u.test(line);
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;
/** An emoji, with its skin tone or its emoji form, before a joiner; and one after it. */
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}\ufe0f]?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * Removes what an export leaves that a reader never sees: zero-width characters; tabs
 * become spaces. A zero-width joiner between two emoji is part of one character (👨‍👩‍👧, a
 * family, not three people) and stays: the words are never changed.
 */
export function cleanText(text: string): string {
  return text.replace(ZERO_WIDTH, (ch: string, at: number) => (ch === '\u200d' && EMOJI_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && EMOJI_AFTER.test(text.slice(at + 1, at + 3)) ? ch : '')).replace(/\t/gu, ' ');
}

/** Trims every kind of white space a PDF extraction leaves, not only ASCII. */
export function trimText(text: string): string {
  return text.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/gu, '');
}
