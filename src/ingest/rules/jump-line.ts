// Rule: jump lines (转版). A story that does not fit its page ends with `(下转第3版)` and
// goes on on that page under its headline again, or a short form of it, opened by
// `(上接第1版)`. A jump line is a bracketed verb and page label at the end of a story's
// last paragraph or at the start of its continuation; it is not body text. The halves
// are joined at the edition (jumps.ts): here each half learns where the other is.
import type { Block, Decision, ParsedArticle } from '../types.ts';
import type { PageState } from '../page-state.ts';
import { isHeadingLine, splitHeadline } from './headline.ts';

/** `on`: the story goes on there (下转); `from`: it comes from there (上接); `either`: a bare 接, read by its place. */
export type JumpDirection = 'on' | 'from' | 'either';

export interface JumpLine {
  direction: JumpDirection;
  /** The page label as printed, normalised: `3`, `A3`. */
  page: string;
  /** The jump line as printed. */
  text: string;
}

const VERBS: Record<string, JumpDirection> = { 下转: 'on', 下接: 'on', 转: 'on', 续: 'on', 上接: 'from', 紧接: 'from', 接: 'either' };
// A page label: `第3版`, `3版`, `A3版`, `第A3版`, in half- or full-width letters and digits.
const JUMP = String.raw`[(（]\s*(下转|下接|转|续|上接|紧接|接)\s*(第?\s*[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９]{1,3}\s*版)\s*[)）]`;
const WHOLE = new RegExp(`^\\s*${JUMP}\\s*$`, 'u');
const TRAILING = new RegExp(`${JUMP}\\s*$`, 'u');
const LEADING = new RegExp(`^\\s*${JUMP}`, 'u');

/** `第A03版` → `A3`, `３版` → `3`: the label without its frame, spaces and leading zeros. */
export function normalisePage(label: string): string | null {
  const m = /^第?([A-Z]?)0*(\d{1,3})版?$/u.exec(label.normalize('NFKC').replace(/\s+/gu, '').toUpperCase());
  return m ? `${m[1]}${m[2]}` : null;
}

function jumpOf(m: RegExpExecArray): JumpLine {
  return { direction: VERBS[m[1] as string] as JumpDirection, page: normalisePage(m[2] as string) as string, text: m[0].trim() };
}

/** A line that is a jump line and nothing else. */
export function readJumpLine(text: string): JumpLine | null {
  const m = WHOLE.exec(text);
  return m ? jumpOf(m) : null;
}

/** A jump line glued after a story's last words: `…正在推进。(下转第3版)`. */
export function trailingJumpLine(text: string): { jump: JumpLine; rest: string } | null {
  const m = TRAILING.exec(text);
  if (!m || m.index === 0) return null;
  return { jump: jumpOf(m), rest: text.slice(0, m.index).trimEnd() };
}

/** A jump line glued before a continuation's first words: `(上接第1版)今年以来,…`. */
export function leadingJumpLine(text: string): { jump: JumpLine; rest: string } | null {
  const m = LEADING.exec(text);
  if (!m || m[0].length === text.length) return null;
  return { jump: jumpOf(m), rest: text.slice(m[0].length).trimStart() };
}

const isText = (b: Block) => b.type === 'paragraph' || b.type === 'subhead';
/** Body text: what a story has once it has begun (a column label or a photo above it is not). */
const isBody = (b: Block) => isText(b) || b.type === 'table' || b.type === 'box';
/** A block the parser may have made of a headline that had no byline under it. */
const isHeadlineLike = (b: Block) => isText(b) && isHeadingLine(b.text);

/** Reports a jump line taken out, or a story split off, at its line. */
type Report = (line: number, text: string) => void;
/** Records a split as the parser's decision. */
type Decide = (decision: Decision) => void;

/** Why a headline inside a story's blocks was taken for another story's. */
interface Split {
  over: string;
  evidence: string;
}

const CONTINUED: Split = { over: 'subheads of the story above', evidence: 'a jump line from another page stands under it' };
const NEXT_STORY: Split = { over: 'subheads of the story above', evidence: 'the story above ends with its jump line' };

/** A new article from `blocks[from..]`, its headline the lines `blocks[from..to)`; the page's fields are the page's. */
function splitOff<A extends ParsedArticle>(a: A, from: number, to: number, why: Split, report: Report, decide: Decide): A {
  const head = a.blocks.slice(from, to);
  const blocks = a.blocks.slice(to);
  a.blocks = a.blocks.slice(0, from);
  const startLine = head[0]?.startLine ?? a.source.endLine;
  const endLine = head.at(-1)?.endLine ?? startLine;
  const story: A = {
    ...a,
    ...splitHeadline(head.map((b) => b.text)),
    column: null,
    reporters: [],
    correspondents: [],
    photographers: [],
    bylines: [],
    blocks,
    source: { startLine, endLine: a.source.endLine },
  };
  decide({ rule: 'jump-line', chose: 'the headline of a story of its own', over: why.over, evidence: why.evidence, startLine, endLine });
  delete story.continuedOn;
  delete story.continuedFrom;
  a.source.endLine = a.blocks.at(-1)?.endLine ?? a.source.startLine;
  report(startLine, `"${story.title}" read as the headline of a story of its own, not as a subhead of "${a.title}": ${why.evidence}`);
  return story;
}

/** The headline lines from `at` on (at most three): the page's next story, whose headline no byline followed. */
function headlineBelow(blocks: Block[], at: number): number {
  let to = at;
  while (to < blocks.length && to - at < 3 && isHeadlineLike(blocks[to] as Block)) to++;
  return to;
}

/**
 * A short line right above `(下转第3版)` was taken for a subhead; but a jump cuts the
 * story's text where the page ends, and a subhead never closes a page's part of a story:
 * it is the first piece of the paragraph the jump cut, joined to the rest where the
 * halves are joined.
 */
function pieceBeforeJump(block: Block | undefined, decide: Decide): void {
  if (block?.type !== 'subhead') return;
  block.type = 'paragraph';
  decide({ rule: 'jump-line', chose: 'the first piece of a paragraph the jump cut', over: 'subhead', evidence: 'the jump line stands under it', startLine: block.startLine, endLine: block.endLine });
}

/** Takes the jump lines out of one article's headline and blocks; returns it and the stories found inside it. */
function takeFromArticle<A extends ParsedArticle>(a: A, report: Report, decide: Decide): A[] {
  const taken = (jump: JumpLine, on: boolean, line: number) => report(line, `jump line "${jump.text}" taken out of the story: it ${on ? 'goes on on' : 'comes from'} page ${jump.page}`);
  // The headline itself may carry the jump line (`老旧小区改造惠及三万户(上接第1版)`).
  for (const field of ['subtitle', 'title'] as const) {
    const value = a[field];
    const glued = value ? (trailingJumpLine(value) ?? leadingJumpLine(value)) : null;
    if (glued && glued.jump.direction !== 'on' && !a.continuedFrom) {
      a[field] = glued.rest;
      a.continuedFrom = glued.jump.page;
      taken(glued.jump, false, a.source.startLine);
    }
  }
  for (let i = 0; i < a.blocks.length; i++) {
    const block = a.blocks[i] as Block;
    if (!isText(block)) continue;
    const begun = a.blocks.slice(0, i).some(isBody);
    const whole = readJumpLine(block.text);
    const leading = whole ? null : leadingJumpLine(block.text);
    const trailing = whole || leading ? null : trailingJumpLine(block.text);
    const jump = whole ?? leading?.jump ?? trailing?.jump;
    if (!jump) continue;
    const rest = leading?.rest ?? trailing?.rest ?? '';
    // A bare 接 reads by its place: at a story's end it goes on, at its start it comes from.
    const from = jump.direction === 'from' || (jump.direction === 'either' && !begun);
    if (from) {
      // Under another story's last words: a continuation whose repeated headline that
      // story's blocks swallowed. The jump line stands under the headline or on its line.
      const headEnd = trailing ? i + 1 : i;
      let head = headEnd;
      if (trailing && !isHeadingLine(rest)) continue;
      while (head > 0 && headEnd - head < 3 && (head - 1 === i || isHeadlineLike(a.blocks[head - 1] as Block))) head--;
      const split = head < headEnd && a.blocks.slice(0, head).some(isBody);
      if (!split && (begun || a.continuedFrom)) continue;
      if (whole) a.blocks.splice(i--, 1);
      else block.text = rest;
      taken(jump, false, block.startLine);
      if (split) {
        const story = splitOff(a, head, headEnd, CONTINUED, report, decide);
        story.continuedFrom = jump.page;
        return [a, ...takeFromArticle(story, report, decide)];
      }
      a.continuedFrom = jump.page;
      continue;
    }
    if (leading) continue;
    if (whole) a.blocks.splice(i--, 1);
    else block.text = rest;
    a.continuedOn = jump.page;
    taken(jump, true, block.endLine);
    if (whole) pieceBeforeJump(a.blocks[i], decide);
    // The story ends at its jump line: a headline under it (photos of the story aside)
    // opens the page's next story, which had no byline to show the parser it was one.
    let next = i + 1;
    while (a.blocks[next]?.type === 'caption') next++;
    const to = headlineBelow(a.blocks, next);
    if (to > next) return [a, ...takeFromArticle(splitOff(a, next, to, NEXT_STORY, report, decide), report, decide)];
    break;
  }
  return [a];
}

/**
 * Finish rule: jump lines leave the text and become `continuedOn` and `continuedFrom`,
 * each reported with its line, as text the parser drops always is.
 */
export function jumpLines(state: PageState): boolean {
  let taken = false;
  const report: Report = (line, text) => {
    taken = true;
    state.report({ startLine: line, endLine: line }, { rule: 'jump-line', severity: 'info', expected: 'body text', found: 'a jump line or a continued story', text });
  };
  state.drafts = state.drafts.flatMap((d) => takeFromArticle(d, report, (decision) => state.decide(decision)));
  return taken;
}
