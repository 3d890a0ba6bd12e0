// Rule: page header. A printed page opens with its section name (版面名) and, a line
// or two later, the page editor (`责任编辑:王建设`). It starts a new page: what follows
// belongs to that section.
import type { LineGroup } from '../tokenize.ts';
import { endsSentence, hanCount } from '../text.ts';

export interface PageHeader {
  section: string | null;
  editor: string | null;
  /** The header's lines as printed. */
  lines: string[];
  /** How many line groups the header takes. */
  size: number;
}

const EDITOR = /^责任编辑\s*[:：]?\s*(.+)$/u;

export function editorOf(line: string): string | null {
  const match = EDITOR.exec(line);
  if (!match) return null;
  // Other staff may share the line (`责任编辑:王建设 美术编辑:李四`); keep the page editor.
  return (match[1] as string).split(/\s+(?=\S*(?:编辑|校对|版式|美编)\s*[:：])/u)[0]?.trim() || null;
}

function isSectionName(line: string): boolean {
  return line.length <= 16 && hanCount(line) >= 2 && !endsSentence(line) && !/[,，、]/u.test(line);
}

/** Reads a page header starting at group `index`, or returns null. */
export function readPageHeader(groups: LineGroup[], index: number): PageHeader | null {
  const group = groups[index];
  if (!group) return null;
  const first = group.lines[0] as string;
  if (editorOf(first) !== null) return { section: null, editor: editorOf(first), lines: [first], size: 1 };
  if (!isSectionName(first)) return null;
  if (group.lines.length === 2 && editorOf(group.lines[1] as string) !== null) {
    return { section: first, editor: editorOf(group.lines[1] as string), lines: group.lines, size: 1 };
  }
  const next = groups[index + 1];
  if (group.lines.length === 1 && next && editorOf(next.lines[0] as string) !== null) {
    return { section: first, editor: editorOf(next.lines[0] as string), lines: [first, next.lines[0] as string], size: 2 };
  }
  return null;
}
