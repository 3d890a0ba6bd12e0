// Assembly rule, the last: a paragraph of the open story; its dateline, if it opens with
// one, is the story's byline, and a byline after its last sentence (as briefs sign) is
// the story's closing credit, the story ending there. Body text with no story open starts
// a story without a headline.
import { readClosingByline } from './byline.ts';
import { extend, type Draft, type PageState, type TokenOf } from '../page-state.ts';

export function addParagraph(state: PageState, token: TokenOf<'paragraph'>): void {
  let draft = state.current;
  if (!draft) {
    state.report(token, { rule: 'headline', severity: 'warning', expected: 'a headline before this paragraph', found: 'body text' });
    draft = state.open([], token);
  }
  if (token.dateline) state.takeByline(draft, token.dateline.text, token.dateline.credits, false);
  const text = token.dateline?.rest ?? token.text;
  const closing = readClosingByline(text);
  if (closing?.text) state.addBlock({ type: 'paragraph', text: closing.text, startLine: token.startLine, endLine: token.endLine });
  else if (!closing) state.addBlock({ type: 'paragraph', text, startLine: token.startLine, endLine: token.endLine });
  if (closing) {
    draft.closingCredits.push({ text: closing.byline, credits: closing.credits, photo: closing.photo, startLine: token.startLine, endLine: token.endLine });
    extend(draft, token);
  }
}

/** The story's last lines are its closing credits: it is signed at its end, and whatever heading follows opens a new one. */
export function isSignedAtEnd(draft: Draft): boolean {
  const last = draft.closingCredits.at(-1);
  return last !== undefined && last.endLine >= draft.source.endLine;
}

export function paragraph(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  if (token?.kind !== 'paragraph') return false;
  addParagraph(state, token);
  state.tokenPos++;
  return true;
}
