// The PDF extraction turned much of the paper's full-width punctuation into ASCII
// (`2025年,我市…`). Inside Chinese text each such mark is put back to its full-width
// form; marks between Latin letters or digits stay as they are (`2.0`, `1,000`,
// `16:00`, `http://`), and so does every other character.
import { HAN } from './text.ts';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
/** Full-width marks and quotes: Chinese context as much as a Han character is. */
const CJK_MARK = /[\u3000-\u303f\uff00-\uffef“”‘’…—·]/u;
const ASCII_WORD = /[A-Za-z0-9]/u;

const chinese = (ch: string | undefined) => ch !== undefined && (HAN.test(ch) || CJK_MARK.test(ch));

function shouldWiden(prev: string | undefined, next: string | undefined): boolean {
  if (prev !== undefined && next !== undefined && ASCII_WORD.test(prev) && ASCII_WORD.test(next)) return false;
  return chinese(prev) || chinese(next);
}

/** Any of the marks that may need widening. */
const NARROW_MARK = /[,:;?!()]/u;

/** The code point ending just before `i` and the one starting at `i`, as strings. */
function before(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
}
function at(text: string, i: number): string | undefined {
  if (i >= text.length) return undefined;
  const high = text.charCodeAt(i);
  return high >= 0xd800 && high <= 0xdbff ? text.slice(i, i + 2) : text[i];
}

export function widenPunctuation(text: string): string {
  // Most lines have no narrow mark at all: nothing to look at.
  if (!NARROW_MARK.test(text)) return text;
  const out = text.split('');
  // Brackets go by pairs: a pair holding Chinese text, or standing in it, is widened whole.
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') open.push(i);
    else if (ch === ')' && open.length) {
      const start = open.pop() as number;
      let inner = false;
      for (let k = start + 1; k < i && !inner; k++) inner = chinese(at(text, k));
      if (inner || chinese(before(text, start))) {
        out[start] = FULL['('] as string;
        out[i] = FULL[')'] as string;
      }
    }
  }
  // Other marks go by their neighbours, as already widened to their left.
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '(' || ch === ')' || !(ch in FULL)) continue;
    const prev = i > 0 && out[i - 1] !== text[i - 1] ? out[i - 1] : before(text, i);
    const next = out[i + 1] !== text[i + 1] ? out[i + 1] : at(text, i + 1);
    if (shouldWiden(prev, next)) out[i] = FULL[ch] as string;
  }
  return out.join('');
}
