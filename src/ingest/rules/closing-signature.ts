// Assembly rule: a commentary signs at its end with the author's name alone on a line
// (`易 文`). A name is as short as a subhead, so the rule takes one only by its place: under
// a complete paragraph of a story that has no byline, with no paragraph after it (a
// heading or the page's end follows), so the story cannot go on under it. The story is
// then signed at its end, and the heading under it opens the next one. The author's unit
// may stand on a line of its own under the name (`(作者单位:…)`): it signs with it.
import { isAuthorUnit, readSignature } from './byline.ts';
import { endsSentence } from '../text.ts';
import { extend, type PageState } from '../page-state.ts';

export function closingSignature(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  const draft = state.current;
  if (token?.kind !== 'heading' || !draft || draft.hasHeadByline || draft.closingCredits.length) return false;
  const signature = readSignature(token.text);
  const previous = draft.blocks.at(-1);
  const below = state.tokens[state.tokenPos + 1];
  const unit = below?.kind === 'paragraph' && isAuthorUnit(below.text) ? below : null;
  const next = state.tokens[state.tokenPos + (unit ? 2 : 1)];
  if (!signature || signature.ornamented || previous?.type !== 'paragraph' || !endsSentence(previous.text)) return false;
  if (next && next.kind !== 'heading' && next.kind !== 'header' && next.kind !== 'furniture') return false;
  const last = unit ?? token;
  draft.closingCredits.push({ text: unit ? `${signature.text} ${unit.text}` : signature.text, credits: signature.credits, photo: false, startLine: token.startLine, endLine: last.endLine });
  extend(draft, last);
  state.decide({
    rule: 'closing-signature', chose: 'the signature closing the story', over: 'subhead',
    evidence: `a name alone${unit ? ", the author's unit under it" : ''}; the paragraph before is complete; the story has no byline; ${next ? 'a heading follows' : 'the page ends'}`,
    startLine: token.startLine, endLine: last.endLine,
  });
  state.tokenPos += unit ? 2 : 1;
  return true;
}
