// Assembly rule: a run of heading lines that opens a new story. A headline is told from a
// subhead by what follows it: a new story's headline is followed by its byline (possibly
// after photos, an epigraph or a column label) or by its date lead; a subhead never is.
import type { Position } from '../types.ts';
import { isParagraphPiece } from './subhead.ts';
import { isOpinionLabel, readColumnLabel } from './headline.ts';
import { endsSentence, isFullDate } from '../text.ts';
import { asCaption, asEpigraph } from './inserts.ts';
import { isSignedAtEnd } from './paragraph.ts';
import { isMarkedLine, isOrnamented, readSignature } from './byline.ts';
import { addBox, boxEnd, isHeadBox } from './boxes.ts';
import { extend, type Draft, type PageState, type Token, type TokenOf } from '../page-state.ts';

/** The lead of a news story: the day of the event, with no year before it. */
const NEWS_LEAD = /^\d{1,2}月\d{1,2}日/u;
const COLUMN_LABEL = /^【[^【】]+】$/u;
/** The most lines a headline block takes (kicker, title, subtitle); lines above them name the column. */
export const HEADLINE_LINES = 3;

/**
 * A notice's closing (落款) from token `from`: its issuer on a line or two, then the date
 * alone, no text under it. Returns the token after the date, or -1.
 */
export function issuerAndDateEnd(tokens: Token[], from: number): number {
  for (let m = from; m < from + 3 && tokens[m]?.kind === 'heading'; m++) {
    if (isFullDate((tokens[m] as TokenOf<'heading'>).text)) return tokens[m + 1]?.kind === 'paragraph' ? -1 : m + 1;
  }
  return -1;
}

/** The story closes with its issuer and date: signed at its end, as a notice is. */
export function isSignedWithDate(draft: Draft): boolean {
  const last = draft.blocks.at(-1);
  return last?.type === 'paragraph' && isFullDate(last.text);
}

/** A heading run at the chain's position and what stands after it. */
export interface HeadingRun {
  lines: string[];
  /** The token after the run, and the one after the photos, epigraph, column label and boxes that may follow it. */
  end: number;
  insertsEnd: number;
  after: Token | undefined;
  /** A byline, a dateline or an ornamented signature (`□ 张三`, the run's last line) follows: the run is a headline. */
  bylined: boolean;
  /** A date lead follows a run that reads as a headline, not as cut-off sentences. */
  newsLead: boolean;
  /** The text under the run closes with an issuer and a date before any other heading: an item of its own, signed as a notice is. */
  signedBelow: boolean;
}

/** A photo's pointer (`▲`) before its caption's words. */
const POINTER = /^[▲△◀▶▼]\s*/u;

/**
 * Photos that are a whole story: a credited caption telling the day's news (`5月30日,…
 * (黄芸/摄)`), or a photo essay, several photos each with its credit. A heading under
 * them heads the next story, not their column.
 */
function isPhotoStory(captions: Token[]): boolean {
  const credited = captions.filter((t) => t.kind === 'caption' && !!t.credit) as Array<TokenOf<'caption'>>;
  return credited.some((t) => NEWS_LEAD.test(t.text.replace(POINTER, ''))) || (captions.length >= 2 && credited.length === captions.length);
}

export function readHeadingRun(state: PageState): HeadingRun | null {
  const tokens = state.tokens;
  if (tokens[state.tokenPos]?.kind !== 'heading') return null;
  let end = state.tokenPos;
  const lines: string[] = [];
  // A marked subhead (`◆ 银行上门 手续简化`) ends the lines above it: no headline carries a subhead's ornament.
  while (tokens[end]?.kind === 'heading' && !headSignature(tokens[end]) && !(lines.length > 0 && isMarkedSubhead(tokens[end]))) {
    lines.push((tokens[end] as TokenOf<'heading'>).text);
    end++;
  }
  // Between a headline and its byline may stand photos, an epigraph, a column label.
  // So may a box printed over the story: its key points, an editor's note.
  let k = end;
  let sawInsert = false;
  for (;;) {
    if (isHeadBox(tokens[k])) k = boxEnd(tokens, k);
    else if (tokens[k] && (tokens[k]?.kind === 'caption' || tokens[k]?.kind === 'epigraph' || (sawInsert && tokens[k]?.kind === 'heading' && !isPhotoStory(tokens.slice(end, k))))) {
      sawInsert = true;
      k++;
    } else break;
  }
  const after = tokens[k];
  const bylined = after?.kind === 'credit' || (after?.kind === 'paragraph' && after.dateline !== null) || headSignature(after) !== null;
  // A story without a byline still opens with its date lead (`5月9日，…`); a subhead
  // inside a story is followed by an ordinary paragraph.
  const newsLead = after?.kind === 'paragraph' && NEWS_LEAD.test(after.text) && lines.length <= HEADLINE_LINES && lines.every((line, n) => !isParagraphPiece(line, n === lines.length - 1 ? after.text : null));
  return { lines, end, insertsEnd: k, after, bylined, newsLead, signedBelow: signedBelow(tokens, k) };
}

/**
 * Whether the paragraphs from token `from` on (photos among them) close with a notice's
 * issuer and date, the last paragraph complete and no text under them: they are an item
 * signed at its end.
 */
function signedBelow(tokens: Token[], from: number): boolean {
  let m = from;
  while (tokens[m]?.kind === 'paragraph' || tokens[m]?.kind === 'caption') m++;
  const last = tokens
    .slice(from, m)
    .reverse()
    .find((t) => t.kind === 'paragraph');
  if (last?.kind !== 'paragraph' || !endsSentence(last.text)) return false;
  return issuerAndDateEnd(tokens, m) > 0;
}

/** What the page shows about the story a heading run stands in: the words of a decision's evidence. */
export function runEvidence(run: HeadingRun, draft: Draft): string {
  const follows = run.bylined
    ? run.after?.kind === 'credit'
      ? 'a byline follows'
      : run.after?.kind === 'heading'
        ? 'a signature follows'
        : 'a dateline follows'
    : run.newsLead
      ? 'a news lead follows'
      : run.signedBelow
        ? 'the text under it closes with its issuer and date'
        : isMarkedSubhead(run.after)
          ? 'a marked subhead follows at once'
          : 'no byline, dateline or news lead follows';
  const previous = draft.blocks.at(-1);
  const before = previous?.type !== 'paragraph' ? 'no paragraph before it' : isSignedWithDate(draft) ? 'the story before closes with its issuer and date' : endsSentence(previous.text) ? 'the paragraph before is complete' : 'the paragraph before is cut off';
  return [follows, draft.hasHeadByline ? 'the story has its byline already' : 'the story has no byline yet', before].join('; ');
}

/**
 * A story never ends on a colon: a short line ending in one, right above a headline, is
 * its kicker (`两会聚焦：`), not the last words of the story before. Returns where the story starts.
 */
function takeColonKicker(draft: Draft | null, lines: string[], at: Position): Position {
  const previous = draft?.blocks.at(-1);
  if (previous?.type !== 'paragraph' || !/[：:]$/u.test(previous.text) || [...previous.text].length > 20 || previous.endLine < at.startLine - 3) return at;
  (draft as Draft).blocks.pop();
  lines.unshift(previous.text);
  return previous;
}

/**
 * A bracketed label over the headline names the column (栏目), not the story, and so do
 * lines above a headline block's three and a short label printed with the title
 * (headline.ts), rather than its kicker: that choice is recorded.
 */
function takeColumnLabel(state: PageState, lines: string[], run: HeadingRun): string[] {
  const label = lines.length >= 2 && COLUMN_LABEL.test(lines[0] as string) ? [lines.shift() as string] : [];
  const column = [...label, ...(lines.length > HEADLINE_LINES ? lines.splice(0, lines.length - HEADLINE_LINES) : [])];
  const named = readColumnLabel(lines, isCommentary(run));
  if (!named) return column;
  lines.splice(0, lines.length, ...named.lines);
  const at = state.tokens[state.tokenPos + column.length] as Token;
  state.decide({ rule: 'story-start', chose: 'column label', over: 'kicker', evidence: named.evidence, startLine: at.startLine, endLine: at.endLine });
  return [...column, named.label];
}

/** A commentary's headline: no byline, dateline or news lead under it, or a signature set apart by an ornament (`□ 谭 琳`). */
function isCommentary(run: HeadingRun): boolean {
  const after = run.after;
  const ornamented = (after?.kind === 'credit' || after?.kind === 'heading') && isOrnamented(after.text);
  return !run.newsLead && (!run.bylined || ornamented);
}

/** An opinion genre's label over a headline, under a story whose last paragraph is complete, opens a piece of its own. */
function opensOpinionPiece(run: HeadingRun, open: Draft): boolean {
  const previous = open.blocks.at(-1);
  const [label, title] = run.lines;
  return label !== undefined && title !== undefined && isOpinionLabel(label) && !isParagraphPiece(title, null) && previous?.type === 'paragraph' && endsSentence(previous.text);
}

/**
 * A new story under an open one is plain when its byline or dateline follows and the
 * story above is whole (its byline given, its last paragraph complete); otherwise the
 * run could as well have been the open story's subheads.
 */
function isClose(run: HeadingRun, open: Draft): boolean {
  const previous = open.blocks.at(-1);
  if (isSignedAtEnd(open)) return false;
  return !run.bylined || !open.hasHeadByline || (previous?.type === 'paragraph' && !endsSentence(previous.text));
}

export function storyStart(state: PageState): boolean {
  const run = readHeadingRun(state);
  const previous = state.current;
  // Marked subheads are a story's: a news lead under one is the story's text going on.
  if (run && previous && run.lines.every(isMarkedLine)) return false;
  // A story signed at its end is over: the heading under it can only open the next one.
  if (!run || !(run.bylined || run.newsLead || !previous || isSignedAtEnd(previous) || isSignedWithDate(previous) || headsSignedItem(run, previous) || opensOpinionPiece(run, previous) || headsMarkedSubheads(run, previous))) return false;
  const token = state.tokens[state.tokenPos] as Token;
  const lines = [...run.lines];
  if (previous && isClose(run, previous)) {
    state.decide({ rule: 'story-start', chose: 'headline of a new story', over: 'subhead', evidence: runEvidence(run, previous), ...spanOf(state, state.tokenPos, run.end) });
  }
  const start = takeColonKicker(previous, lines, token);
  const column = takeColumnLabel(state, lines, run);
  const draft = state.open(lines, { startLine: start.startLine, endLine: (state.tokens[run.end - 1] as Token).endLine });
  if (column.length) {
    draft.column = [draft.column, ...column].filter(Boolean).join(' ');
    const last = state.tokens[state.tokenPos + column.length - 1] as Token;
    state.addBlock({ type: 'column', text: column.join(' '), startLine: token.startLine, endLine: last.endLine });
  }
  for (let m = run.end; m < run.insertsEnd; m++) {
    if (isHeadBox(state.tokens[m])) {
      const to = boxEnd(state.tokens, m);
      addBox(state, m, to);
      m = to - 1;
    } else addInsert(state, draft, state.tokens[m] as Token);
  }
  state.tokenPos = run.insertsEnd;
  const signature = headSignature(run.after);
  if (signature && run.after) {
    state.takeByline(draft, signature.text, signature.credits, false);
    extend(draft, run.after);
    state.tokenPos++;
  }
  return true;
}

/**
 * A heading under a whole story without subheads, over text that closes with its own
 * issuer and date (a notice): that item is self-contained, and the heading is its headline.
 */
/**
 * A heading with a marked subhead right under it, no text between, heads a story that
 * opens with its subheads (a brief signed at its end): a story's subheads come after its
 * lead, and one never stands over another. Under a finished story only.
 */
function headsMarkedSubheads(run: HeadingRun, open: Draft): boolean {
  const previous = open.blocks.at(-1);
  return isMarkedSubhead(run.after) && !run.lines.some(isOrnamented) && previous?.type === 'paragraph' && endsSentence(previous.text);
}

/** A heading token that is a marked subhead. */
const isMarkedSubhead = (token: Token | undefined): boolean => token?.kind === 'heading' && isMarkedLine(token.text);

function headsSignedItem(run: HeadingRun, open: Draft): boolean {
  const previous = open.blocks.at(-1);
  return run.signedBelow && previous?.type === 'paragraph' && endsSentence(previous.text) && !open.blocks.some((b) => b.type === 'subhead');
}

/** A commentary signed under its headline, set apart by an ornament (`□ 谭 琳`): only a byline carries one. */
function headSignature(token: Token | undefined) {
  if (token?.kind !== 'heading') return null;
  const signature = readSignature(token.text);
  return signature?.ornamented ? signature : null;
}

/** A photo, an epigraph or a column label between the headline and its byline. */
function addInsert(state: PageState, draft: Draft, t: Token): void {
  if (t.kind === 'heading') {
    draft.column = draft.column ? `${draft.column} ${t.text}` : t.text;
    state.addBlock({ type: 'column', text: t.text, startLine: t.startLine, endLine: t.endLine });
  } else if (t.kind === 'caption') state.addBlock(asCaption(t));
  else if (t.kind === 'epigraph') state.addBlock(asEpigraph(t));
  extend(draft, t);
}

/** The lines of tokens `from` up to `to` (exclusive). */
export function spanOf(state: PageState, from: number, to: number): Position {
  return { startLine: (state.tokens[from] as Token).startLine, endLine: (state.tokens[to - 1] as Token).endLine };
}
