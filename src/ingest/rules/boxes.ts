// Assembly rule: a box in the open story, as blocks of its kind. The frame that showed
// where a box ends is gone from a dump, so its end is read from what a box of its kind
// holds: key points and an editor's note are one paragraph (cut pieces and all), a
// notebook or related links run on to the end of the story, a data box is its short lines
// of figures, a Q&A is its questions and answers. A byline, a dateline or a headline ends
// any box: the story, or the next one, goes on there.
import type { Block, BoxKind } from '../types.ts';
import { endsSentence } from '../text.ts';
import { asCaption } from './inserts.ts';
import { MAX_HEADING_LENGTH } from './headline.ts';
import { HEADLINE_LINES } from './story-start.ts';
import type { Draft, PageState, Token, TokenOf } from '../page-state.ts';

/** Boxes printed over the story: between its headline and its byline as well as in its body. */
const HEAD_BOXES: ReadonlySet<BoxKind> = new Set(['key-points', 'editors-note']);
/** Boxes that hold the rest of the story's text once they open. */
const TRAILING_BOXES: ReadonlySet<BoxKind> = new Set(['notebook', 'related']);

export const isHeadBox = (t: Token | undefined): t is TokenOf<'box'> => t?.kind === 'box' && HEAD_BOXES.has(t.box);

const isPlainParagraph = (t: Token | undefined): t is TokenOf<'paragraph'> => t?.kind === 'paragraph' && t.dateline === null;

/** A line of a data box: a figure or the few words saying what it counts, no sentence. */
const isDataLine = (t: Token | undefined) => t?.kind === 'heading' || (isPlainParagraph(t) && !endsSentence(t.text) && [...t.text].length <= MAX_HEADING_LENGTH);

/** The token after the last one of the box opened at `from`. */
export function boxEnd(tokens: Token[], from: number): number {
  const open = tokens[from] as TokenOf<'box'>;
  let k = from + 1;
  if (open.box === 'qa') return k;
  if (TRAILING_BOXES.has(open.box)) {
    while (isPlainParagraph(tokens[k]) || tokens[k]?.kind === 'caption') k++;
    return k;
  }
  if (open.box === 'data') {
    while (isDataLine(tokens[k]) && !opensStory(tokens, k)) k++;
    return k;
  }
  // One paragraph: the label's own words or the paragraph under it, and the pieces a
  // column break (and a photo standing in it) cut from it.
  let text = open.text;
  while (!text || !endsSentence(text)) {
    let next = k;
    while (tokens[next]?.kind === 'caption') next++;
    const piece = tokens[next];
    if (!isPlainParagraph(piece)) break;
    text += piece.text;
    k = next + 1;
  }
  return k;
}

/**
 * A headline's lines at `k`, a byline or a dateline under them, open a story: no box holds
 * them. A line opening with a figure (`8.1万亩 种植面积`) is the box's, not a headline's.
 */
function opensStory(tokens: Token[], k: number): boolean {
  let end = k;
  while (tokens[end]?.kind === 'heading' && !/^\d/u.test((tokens[end] as TokenOf<'heading'>).text)) end++;
  const after = tokens[end];
  return end > k && end - k <= HEADLINE_LINES && (after?.kind === 'credit' || (after?.kind === 'paragraph' && after.dateline !== null));
}

/** Sets tokens `from` up to `to` in the story as one box: its label on its first block, photos in it as captions. */
export function addBox(state: PageState, from: number, to: number): void {
  const open = state.tokens[from] as TokenOf<'box'>;
  let label = open.label ?? undefined;
  let count = 0;
  const boxBlock = (t: Token, text: string): Block => {
    const block: Block = { type: 'box', box: open.box, text, ...(label ? { label } : {}), startLine: t.startLine, endLine: t.endLine };
    label = undefined;
    count++;
    return block;
  };
  if (open.text) state.addBlock(boxBlock(open, open.text));
  for (let m = from + 1; m < to; m++) {
    const t = state.tokens[m] as Token;
    if (t.kind === 'caption') state.addBlock(asCaption(t));
    else if (t.kind === 'paragraph' || t.kind === 'heading') state.addBlock(boxBlock(t, t.text));
  }
  // A label with nothing under it keeps its words on an empty box.
  if (label) state.addBlock(boxBlock(open, ''));
  if (TRAILING_BOXES.has(open.box) && count > 1) {
    const last = state.tokens[to - 1] as Token;
    state.decide({
      rule: 'boxes',
      chose: `a ${open.box} box of ${count} paragraphs`,
      over: 'a box of one paragraph and the story going on',
      evidence: 'a box of its kind runs to the end of the story; no byline, dateline or headline comes before',
      startLine: open.startLine,
      endLine: last.endLine,
    });
  }
}

/** An editor's note that is no afterword (编后) introduces what follows it. */
const isIntroduction = (t: TokenOf<'box'>) => t.box === 'editors-note' && !/^编后/u.test(t.label ?? '');

/** The story has its byline and its last paragraph ends its sentence: nothing more of it is to come. */
function isComplete(draft: Draft): boolean {
  const last = draft.blocks.at(-1);
  return (draft.hasHeadByline || draft.closingCredits.length > 0) && last?.type === 'paragraph' && endsSentence(last.text);
}

/** An editor's note after a finished story introduces a series, not that story: an item of its own, headed by its label. */
function addIntroduction(state: PageState, from: number, to: number): void {
  const open = state.tokens[from] as TokenOf<'box'>;
  const last = state.tokens[to - 1] as Token;
  state.decide({
    rule: 'boxes',
    chose: 'an item of its own headed by its label',
    over: `the ${open.box} box of the story above`,
    evidence: "the story above is complete; an editor's note introduces what follows it",
    startLine: open.startLine,
    endLine: last.endLine,
  });
  state.open([open.label ?? ''], open);
  if (open.text) state.addBlock({ type: 'paragraph', text: open.text, startLine: open.startLine, endLine: open.endLine });
  for (let m = from + 1; m < to; m++) {
    const t = state.tokens[m] as Token;
    if (t.kind === 'caption') state.addBlock(asCaption(t));
    else if (t.kind === 'paragraph') state.addBlock({ type: 'paragraph', text: t.text, startLine: t.startLine, endLine: t.endLine });
  }
}

export function boxes(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  if (token?.kind !== 'box') return false;
  const to = boxEnd(state.tokens, state.tokenPos);
  if (isIntroduction(token) && state.current && isComplete(state.current)) addIntroduction(state, state.tokenPos, to);
  else addBox(state, state.tokenPos, to);
  state.tokenPos = to;
  return true;
}
