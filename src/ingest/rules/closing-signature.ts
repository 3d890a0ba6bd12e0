// Assembly rule: a commentary signs at its end with the author's name alone on a line
// (`易 文`). A name is as short as a subhead, so the rule takes one only by its place: under
// a complete paragraph of a story that has no byline, with no paragraph after it (a
// heading or the page's end follows), so the story cannot go on under it. The story is
// then signed at its end, and the heading under it opens the next one.
import { readSignature } from './byline.ts';
import { endsSentence } from '../text.ts';
import { extend, type PageState } from '../page-state.ts';

export function closingSignature(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  const draft = state.current;
  if (token?.kind !== 'heading' || !draft || draft.hasHeadByline || draft.closingCredits.length) return false;
  const signature = readSignature(token.text);
  const previous = draft.blocks.at(-1);
  const next = state.tokens[state.tokenPos + 1];
  if (!signature || signature.ornamented || previous?.type !== 'paragraph' || !endsSentence(previous.text)) return false;
  if (next && next.kind !== 'heading' && next.kind !== 'header' && next.kind !== 'furniture') return false;
  draft.closingCredits.push({ text: signature.text, credits: signature.credits, photo: false, startLine: token.startLine, endLine: token.endLine });
  extend(draft, token);
  state.decide({
    rule: 'closing-signature', chose: 'the signature closing the story', over: 'subhead',
    evidence: `a name alone; the paragraph before is complete; the story has no byline; ${next ? 'a heading follows' : 'the page ends'}`,
    startLine: token.startLine, endLine: token.endLine,
  });
  state.tokenPos++;
  return true;
}
