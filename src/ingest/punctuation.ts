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

export function widenPunctuation(text: string): string {
  const chars = [...text];
  const out = [...chars];
  // Brackets go by pairs: a pair holding Chinese text, or standing in it, is widened whole.
  const open: number[] = [];
  chars.forEach((ch, i) => {
    if (ch === '(') open.push(i);
    else if (ch === ')' && open.length) {
      const start = open.pop() as number;
      const inner = chars.slice(start + 1, i);
      if (inner.some((c) => chinese(c)) || chinese(chars[start - 1])) {
        out[start] = FULL['('] as string;
        out[i] = FULL[')'] as string;
      }
    }
  });
  chars.forEach((ch, i) => {
    if (ch === '(' || ch === ')' || !(ch in FULL)) return;
    if (shouldWiden(out[i - 1], out[i + 1])) out[i] = FULL[ch] as string;
  });
  return out.join('');
}
