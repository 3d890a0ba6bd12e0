// Assembly rule: a credit line is the open story's byline while the story has no text yet,
// its closing credit after its text (split off later by closing-byline), or, with no story
// open, the byline of a story whose headline is missing.
import { hasBody, extend, type PageState } from '../page-state.ts';

export function credit(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  if (token?.kind !== 'credit') return false;
  const draft = state.current;
  if (!draft) {
    state.report(token, { rule: 'byline', severity: 'warning', expected: 'a headline before the byline', found: `"${token.text}"` });
    state.takeByline(state.open([], token), token.text, token.credits, token.photo);
  } else if (!hasBody(draft)) {
    state.takeByline(draft, token.text, token.credits, token.photo);
    extend(draft, token);
  } else {
    draft.closingCredits.push({ text: token.text, credits: token.credits, photo: token.photo, startLine: token.startLine, endLine: token.endLine });
    extend(draft, token);
  }
  state.tokenPos++;
  return true;
}
