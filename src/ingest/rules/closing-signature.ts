// Assembly rule: a commentary signs at its end with the author's name alone on a line
// (`易 文`). A name is as short as a subhead, so the rule takes one only by its place: under
// a complete paragraph of a story that has no byline, with no paragraph after it (a
// heading or the page's end follows), so the story cannot go on under it. The story is
// then signed at its end, and the heading under it opens the next one. The author's unit
// may stand on a line of its own under the name (`(作者单位:…)`): it signs with it.
import { isAuthorUnit, readSignature } from './byline.ts';
import { endsSentence } from '../text.ts';
import { extend, type Draft, type PageState, type Token } from '../page-state.ts';
import { isParagraphPiece } from './subhead.ts';

/**
 * The story has a subhead a second piece could have started at; the names are none of its
 * byline's; no subhead of the story has the line's length (a short subhead among its
 * siblings is no name); and what follows can open the next piece, not go on in this one.
 */
function signsAnotherPiece(draft: Draft, line: string, names: string[], next: Token | undefined): boolean {
  const subheads = draft.blocks.filter((b) => b.type === 'subhead');
  const length = [...line.replace(/\s+/gu, '')].length;
  return subheads.length > 0 && subheads.every((b) => [...b.text].length !== length) && names.every((n) => !draft.reporters.includes(n) && !draft.correspondents.includes(n)) && !(next?.kind === 'heading' && isParagraphPiece(next.text, null));
}

export function closingSignature(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  const draft = state.current;
  if (token?.kind !== 'heading' || !draft || draft.closingCredits.length) return false;
  const signature = readSignature(token.text);
  // Under a story signed at its head, another's name signs a piece of its own that the
  // parser took for the story's subhead (the finish rule closing-byline splits it off there).
  if (
    draft.hasHeadByline &&
    !(
      signature &&
      signsAnotherPiece(
        draft,
        token.text,
        signature.credits.map((c) => c.name),
        state.tokens[state.tokenPos + 1],
      )
    )
  )
    return false;
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
    rule: 'closing-signature',
    chose: 'the signature closing the story',
    over: 'subhead',
    evidence: `a name alone${unit ? ", the author's unit under it" : ''}; the paragraph before is complete; ${draft.hasHeadByline ? "the story's byline names someone else" : 'the story has no byline'}; ${next ? 'a heading follows' : 'the page ends'}`,
    startLine: token.startLine,
    endLine: last.endLine,
  });
  state.tokenPos += unit ? 2 : 1;
  return true;
}
