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
/** The page's other staff, printed by the editor: `美术编辑:李四`, `校对:赵五`. */
const STAFF = /^(?:美术编辑|美编|版式|版式设计|校对|组版|图片编辑|见习编辑)\s*[:：]/u;

/** Groups of staff lines right after the header belong to it. */
function staffGroups(groups: LineGroup[], from: number): string[][] {
  const lines: string[][] = [];
  for (let i = from; groups[i]?.lines.every((l) => STAFF.test(l)); i++) lines.push((groups[i] as LineGroup).lines);
  return lines;
}

export function editorOf(line: string): string | null {
  const match = EDITOR.exec(line);
  if (!match) return null;
  // Other staff may share the line (`责任编辑:王建设 美术编辑:李四`); keep the page editor.
  return (match[1] as string).split(/\s+(?=\S*(?:编辑|校对|版式|美编)\s*[:：])/u)[0]?.trim() || null;
}

function isSectionName(line: string): boolean {
  return line.length <= 16 && hanCount(line) >= 2 && !endsSentence(line) && !/[,，、]/u.test(line);
}

/** `责任编辑:…` and then only staff lines. */
function isEditorBlock(lines: string[]): boolean {
  return lines.length > 0 && editorOf(lines[0] as string) !== null && lines.slice(1).every((l) => STAFF.test(l));
}

/** Reads a page header starting at group `index`, or returns null. */
export function readPageHeader(groups: LineGroup[], index: number): PageHeader | null {
  const group = groups[index];
  if (!group) return null;
  const first = group.lines[0] as string;
  const next = groups[index + 1];
  let header: PageHeader | null = null;
  if (isEditorBlock(group.lines)) {
    header = { section: null, editor: editorOf(first), lines: [...group.lines], size: 1 };
  } else if (isSectionName(first) && isEditorBlock(group.lines.slice(1))) {
    header = { section: first, editor: editorOf(group.lines[1] as string), lines: [...group.lines], size: 1 };
  } else if (isSectionName(first) && group.lines.length === 1 && next && isEditorBlock(next.lines)) {
    header = { section: first, editor: editorOf(next.lines[0] as string), lines: [first, ...next.lines], size: 2 };
  }
  if (!header) return null;
  for (const lines of staffGroups(groups, index + header.size)) {
    header.lines.push(...lines);
    header.size++;
  }
  return header;
}
