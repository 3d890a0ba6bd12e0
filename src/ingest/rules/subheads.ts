// Assembly rule: a heading run inside a story that no byline, dateline or news lead
// follows. Each line is a subhead, or the first piece of a paragraph a column break cut short.
import { endsSentence } from '../text.ts';
import { isParagraphPiece } from './subhead.ts';
import { HEADLINE_LINES, readHeadingRun, runEvidence, spanOf } from './story-start.ts';
import { extend, type PageState, type Token, type TokenOf } from '../page-state.ts';

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
  const types: string[] = [];
  for (let m = state.tokenPos; m < run.end; m++) {
    const t = state.tokens[m] as TokenOf<'heading'>;
    const next = state.tokens[m + 1];
    const nextText = next?.kind === 'paragraph' ? next.dateline?.rest ?? next.text : null;
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
 * A numbered line with commas or 、 is a subhead by its place, after a complete paragraph;
 * read without it, it would be the first piece of a paragraph a column break cut: the
 * choice is recorded.
 */
function subheadOrPiece(state: PageState, t: TokenOf<'heading'>, nextText: string | null): 'subhead' | 'paragraph' {
  const previous = state.current?.blocks.at(-1);
  const afterComplete = previous?.type === 'paragraph' && endsSentence(previous.text);
  if (isParagraphPiece(t.text, nextText, afterComplete)) return 'paragraph';
  if (isParagraphPiece(t.text, nextText)) {
    state.decide({
      rule: 'subheads', chose: 'subhead', over: 'first piece of a cut paragraph',
      evidence: 'numbered; short clauses; the paragraph before is complete', startLine: t.startLine, endLine: t.endLine,
    });
  }
  return 'subhead';
}
