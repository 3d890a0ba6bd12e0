// Rule: page header. A printed page opens with its section name (版面名), often with
// the page's label (`A03 要闻`, `第5版`), and, a line or two later, the page editor
// (`责任编辑:王建设`) and the other staff. It starts a new page: what follows belongs to
// that section.
import type { LineGroup } from '../tokenize.ts';
import { endsSentence, hanCount } from '../text.ts';

export interface PageHeader {
  section: string | null;
  editor: string | null;
  /** The header's lines as printed. */
  lines: string[];
  /** How many line groups the header takes. */
  size: number;
  /** The page's label as printed, where the header gives one: `A03`, `A3版`, `第5版`, `05`. */
  page?: string;
}

const EDITOR = /^责任编辑\s*[:：]?\s*(.+)$/u;
/** The page's staff by their titles: `美术编辑:李四`, `校对:赵五`, the page editor among them. */
const STAFF_TITLE = '(?:责任编辑|美术编辑|美编|版式设计|版式|校对|组版|图片编辑|见习编辑|编辑)';
/** A line of staff only, one or several: `美术编辑:李四 校对:赵五`. */
const STAFF_LINE = new RegExp(`^(?:${STAFF_TITLE}\\s*[:：]\\s*[^\\s:：]+(?:\\s+[^\\s:：]+)?\\s*)+$`, 'u');

export function isStaffLine(line: string): boolean {
  return STAFF_LINE.test(line) && !endsSentence(line);
}

/** Groups of staff lines right after the header belong to it. */
function staffGroups(groups: LineGroup[], from: number): string[][] {
  const lines: string[][] = [];
  for (let i = from; groups[i]?.lines.every(isStaffLine); i++) lines.push((groups[i] as LineGroup).lines);
  return lines;
}

export function editorOf(line: string): string | null {
  const match = EDITOR.exec(line) ?? /\s责任编辑\s*[:：]\s*(.+)$/u.exec(line);
  if (!match) return null;
  // Other staff may share the line (`责任编辑:王建设 美术编辑:李四`); keep the page editor.
  return (match[1] as string).split(/\s+(?=\S*(?:编辑|校对|版式|美编)\s*[:：])/u)[0]?.trim() || null;
}

function isSectionName(line: string): boolean {
  return line.length <= 16 && hanCount(line) >= 2 && !endsSentence(line) && !/[,，、]/u.test(line);
}

/** The paper's name and the day, as the e-paper site prints them before a page's label: `株洲日报 2025年01月08日 `. */
const EPAPER_PREFIX = /^\S{2,8}报\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s+/u;
/** A page's label: `A03`, `A3版`, `第5版`, `第A04版` (as the e-paper site prints it), `05版`, or two digits before a section name (`05 要闻`). */
const PAGE_LABEL = /^(?:[A-DＡ-Ｄ]\d{1,2}版?|第[A-DＡ-Ｄ]?\d{1,3}版|\d{1,2}版)$/u;

/**
 * A section name with its page label on one line, in either order (`A03 要闻`,
 * `A3版:要闻`, `第A04版:城事`, `要闻 A03`, `05 要闻`, after the paper's name and the day on the
e-paper site: `株洲日报 2025年01月08日 A02版:要闻`), or the label alone (`第5版`). A bare number is a
 * label only before a section name.
 */
export function readPageLabel(line: string): { page: string; section: string | null } | null {
  // The e-paper site heads a page with the paper's name and the day before its label and section.
  const site = EPAPER_PREFIX.exec(line);
  if (site) {
    const labelled = readPageLabel(line.slice(site[0].length));
    return labelled?.section ? labelled : null;
  }
  if (PAGE_LABEL.test(line)) return { page: line, section: null };
  const parts = /^(\S+?)\s*[:：]?\s+(\S.*)$|^([A-DＡ-Ｄ]\d{1,2}版?|第[A-DＡ-Ｄ]?\d{1,3}版|\d{1,2}版)[:：]?(\S.*)$/u.exec(line);
  if (!parts) return null;
  const [first, second] = parts[1] ? [parts[1], parts[2] as string] : [parts[3] as string, parts[4] as string];
  if ((PAGE_LABEL.test(first) || /^\d{2}$/u.test(first)) && isSectionName(second)) return { page: first, section: second };
  if (PAGE_LABEL.test(second) && isSectionName(first)) return { page: second, section: first };
  return null;
}

/** Staff lines, the page editor first or among them or not printed: an editor block. */
function isEditorBlock(lines: string[]): boolean {
  return lines.length > 0 && (editorOf(lines[0] as string) !== null || isStaffLine(lines[0] as string)) && lines.slice(1).every(isStaffLine);
}

const editorIn = (lines: string[]) => lines.map(editorOf).find((e) => e !== null) ?? null;

/** A page label before words is a table of contents' entry when another such line stands next to it: no page header follows another. */
function inContents(groups: LineGroup[], index: number): boolean {
  const entry = (g: LineGroup | undefined) => !!g && g.lines.length === 1 && !!readPageLabel(g.lines[0] as string)?.section;
  return entry(groups[index - 1]) || entry(groups[index + 1]);
}

/** Reads a page header starting at group `index`, or returns null. */
export function readPageHeader(groups: LineGroup[], index: number): PageHeader | null {
  const group = groups[index];
  if (!group) return null;
  const first = group.lines[0] as string;
  const next = groups[index + 1];
  const labelled = readPageLabel(first);
  // A section name under a label alone (`A03` / `要闻`).
  const labelSection = labelled && labelled.section === null && group.lines[1] && isSectionName(group.lines[1]) && !isStaffLine(group.lines[1]) ? group.lines[1] : null;
  const headLines = labelSection ? 2 : 1;
  let header: PageHeader | null = null;
  if (isEditorBlock(group.lines) && editorIn(group.lines) !== null) {
    header = { section: null, editor: editorIn(group.lines), lines: [...group.lines], size: 1 };
  } else if ((labelled || isSectionName(first)) && isEditorBlock(group.lines.slice(headLines))) {
    header = { section: labelled ? (labelSection ?? labelled.section) : first, editor: editorIn(group.lines.slice(headLines)), lines: [...group.lines], size: 1 };
  } else if ((labelled || isSectionName(first)) && group.lines.length === headLines && next && isEditorBlock(next.lines)) {
    header = { section: labelled ? (labelSection ?? labelled.section) : first, editor: editorIn(next.lines), lines: [...group.lines, ...next.lines], size: 2 };
  } else if (labelled && !labelSection && group.lines.length === 1 && next?.lines.length === 1 && isSectionName(next.lines[0] as string) && !isStaffLine(next.lines[0] as string) && isEditorBlock(groups[index + 2]?.lines ?? [])) {
    // The label alone, the section name and the staff each in a group of its own (`第6版` / `城事` / `责任编辑:…`).
    const staff = (groups[index + 2] as LineGroup).lines;
    header = { section: next.lines[0] as string, editor: editorIn(staff), lines: [first, ...next.lines, ...staff], size: 3 };
  } else if (labelled && PAGE_LABEL.test(labelled.page) && group.lines.length === headLines && !inContents(groups, index)) {
    // A label is the page's own mark: it opens a page with no staff under it. A bare
    // number before a section name does only with staff under it (`12 个项目签约` is a headline);
    // nor do labelled lines in a row, which are a table of contents.
    header = { section: labelSection ?? labelled.section, editor: null, lines: [...group.lines], size: 1 };
  }
  if (!header) return null;
  if (labelled) header.page = labelled.page;
  for (const lines of staffGroups(groups, index + header.size)) {
    header.lines.push(...lines);
    header.size++;
  }
  return header;
}
