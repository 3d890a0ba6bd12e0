// Assembly rule, the last: a paragraph of the open story; its dateline, if it opens with
// one, is the story's byline. Body text with no story open starts a story without a headline.
import type { PageState, TokenOf } from '../page-state.ts';

export function addParagraph(state: PageState, token: TokenOf<'paragraph'>): void {
  let draft = state.current;
  if (!draft) {
    state.report(token, { rule: 'headline', severity: 'warning', expected: 'a headline before this paragraph', found: 'body text' });
    draft = state.open([], token);
  }
  if (token.dateline) state.takeByline(draft, token.dateline.text, token.dateline.credits, false);
  state.addBlock({ type: 'paragraph', text: token.dateline?.rest ?? token.text, startLine: token.startLine, endLine: token.endLine });
}

export function paragraph(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  if (token?.kind !== 'paragraph') return false;
  addParagraph(state, token);
  state.tokenPos++;
  return true;
}
