// Rule: epigraph (题记). A quotation set apart at the head of a story, followed by
// its source on a line that opens with a dash: `“推动…”` / `——摘自党的二十大报告`.
import type { LineGroup } from '../tokenize.ts';

export interface Epigraph {
  text: string;
  attribution: string;
  /** How many line groups it takes. */
  size: number;
}

const QUOTE = /^[“"「].*[”"」]$/u;
const ATTRIBUTION = /^[—─-]{1,2}\s*\S/u;

export function readEpigraph(groups: LineGroup[], index: number): Epigraph | null {
  const group = groups[index];
  if (!group) return null;
  const text = group.lines.join('');
  const inline = /^([“"「].*[”"」])\s*([—─]{2}.+)$/u.exec(text);
  if (inline) return { text: inline[1] as string, attribution: inline[2] as string, size: 1 };
  const next = groups[index + 1];
  if (QUOTE.test(text) && next && next.lines.length === 1 && ATTRIBUTION.test(next.lines[0] as string)) {
    return { text, attribution: next.lines[0] as string, size: 2 };
  }
  return null;
}
