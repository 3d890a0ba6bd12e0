// Assembly rule: a heading run inside a story that no byline, dateline or news lead
// follows. Each line is a subhead, or the first piece of a paragraph a column break cut short.
import { endsSentence } from '../text.ts';
import { isParagraphPiece, sharesForm } from './subhead.ts';
import { HEADLINE_LINES, issuerAndDateEnd, readHeadingRun, runEvidence, spanOf } from './story-start.ts';
import { extend, type Draft, type PageState, type Token, type TokenOf } from '../page-state.ts';

export function subheads(state: PageState): boolean {
  const run = readHeadingRun(state);
  const draft = state.current;
  if (!run || !draft) return false;
  // Close: the story could have ended before the run, and the run has a headline's shape
  // (a block of lines) or photos under it, as a new story's headline has.
  const previous = draft.blocks.at(-1);
  const couldEnd = previous?.type === 'paragraph' && endsSentence(previous.text);
  const close = couldEnd && ((run.lines.length >= 2 && run.lines.length <= HEADLINE_LINES) || run.insertsEnd > run.end);
  const evidence = close ? runEvidence(run, draft) : '';
  const signed = couldEnd ? issuerAndDateEnd(state.tokens, state.tokenPos) : -1;
  if (signed > 0) return takeIssuerAndDate(state, signed);
  const types: string[] = [];
  for (let m = state.tokenPos; m < run.end; m++) {
    const t = state.tokens[m] as TokenOf<'heading'>;
    const next = state.tokens[m + 1];
    const nextText = next?.kind === 'paragraph' ? (next.dateline?.rest ?? next.text) : null;
    const type = subheadOrPiece(state, t, nextText);
    types.push(type);
    state.addBlock({ type, text: t.text, startLine: t.startLine, endLine: t.endLine });
  }
  if (close) {
    const chose = types.every((t) => t === 'subhead') ? 'subhead' : 'subhead and the start of a cut paragraph';
    state.decide({ rule: 'subheads', chose, over: 'headline of a new story', evidence, ...spanOf(state, state.tokenPos, run.end) });
  }
  extend(draft, state.tokens[run.end - 1] as Token);
  state.tokenPos = run.end;
  return true;
}

/**
 * A notice closes under its last complete paragraph with its issuer and the date, each on
 * a line as short as a subhead, and no text under them: they are its last lines, not subheads.
 */
function takeIssuerAndDate(state: PageState, end: number): boolean {
  const draft = state.current as Draft;
  for (let m = state.tokenPos; m < end; m++) {
    const t = state.tokens[m] as TokenOf<'heading'>;
    state.addBlock({ type: 'paragraph', text: t.text, startLine: t.startLine, endLine: t.endLine });
  }
  state.decide({ rule: 'subheads', chose: 'the issuer and date closing the story', over: 'subheads', evidence: 'the paragraph before is complete; the date alone on the last line; no text under it', ...spanOf(state, state.tokenPos, end) });
  extend(draft, state.tokens[end - 1] as Token);
  state.tokenPos = end;
  return true;
}

/**
 * A line of short clauses with commas or 、 is a subhead by its place, after a complete
 * paragraph, where it is numbered or another subhead of the story shares its form; read
 * without them, it would be the first piece of a paragraph a column break cut: the choice
 * is recorded.
 */
function subheadOrPiece(state: PageState, t: TokenOf<'heading'>, nextText: string | null): 'subhead' | 'paragraph' {
  if (!isParagraphPiece(t.text, nextText)) return 'subhead';
  const previous = state.current?.blocks.at(-1);
  const afterComplete = previous?.type === 'paragraph' && endsSentence(previous.text);
  const siblings = afterComplete ? siblingsOf(state, t) : [];
  if (isParagraphPiece(t.text, nextText, { afterComplete, sibling: siblings.length > 0 })) return 'paragraph';
  const named = siblings.map((line) => `"${line}"`).join(', ');
  const form = !isParagraphPiece(t.text, nextText, { afterComplete, sibling: false }) ? 'numbered' : siblings.length === 1 ? `the subhead ${named} of the story shares its form` : `the subheads ${named} of the story share its form`;
  state.decide({
    rule: 'subheads',
    chose: 'subhead',
    over: 'first piece of a cut paragraph',
    evidence: `${form}; short clauses; the paragraph before is complete`,
    startLine: t.startLine,
    endLine: t.endLine,
  });
  return 'subhead';
}

/**
 * The subheads of the open story sharing the line's form, as its evidence: one that is a
 * subhead already (above the line, or by its own form below it), or two more lines below
 * standing as subheads stand, of a subhead's form themselves. A lone line of like form may
 * be another cut piece.
 */
function siblingsOf(state: PageState, t: TokenOf<'heading'>): string[] {
  const above = state.current?.blocks.filter((b) => b.type === 'subhead' && sharesForm(t.text, b.text)).map((b) => b.text) ?? [];
  const below = subheadLinesBelow(state, t)
    .filter(([line, next]) => sharesForm(t.text, line) && !isParagraphPiece(line, next, { afterComplete: true, sibling: true }))
    .map(([line]) => line);
  const known = [...above, ...below.filter((line) => !isParagraphPiece(line, null))];
  return known.length ? known.slice(0, 1) : below.length >= 2 ? below : [];
}

/**
 * The lines further down the story standing alone between a complete paragraph and the
 * next, as its subheads stand, each with the paragraph under it; the story ends at a page
 * header, a byline, a dateline or a heading run of more than a line (a headline's block).
 */
function subheadLinesBelow(state: PageState, t: TokenOf<'heading'>): Array<[string, string]> {
  const lines: Array<[string, string]> = [];
  for (let m = state.tokens.indexOf(t) + 1; m < state.tokens.length; m++) {
    const token = state.tokens[m] as Token;
    if (token.kind === 'header' || token.kind === 'credit' || (token.kind === 'paragraph' && token.dateline)) break;
    if (token.kind !== 'heading') continue;
    const before = state.tokens[m - 1];
    const after = state.tokens[m + 1];
    if (after?.kind !== 'paragraph') break;
    if (before?.kind === 'paragraph' && endsSentence(before.text)) lines.push([token.text, after.text]);
  }
  return lines;
}
