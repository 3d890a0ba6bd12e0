// Assembly rule: page furniture joins no story; it is reported with its lines, so no text goes unsaid.
import type { PageState } from '../page-state.ts';

export function furnitureNote(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  if (token?.kind !== 'furniture') return false;
  state.report(token, {
    rule: 'furniture',
    severity: 'info',
    expected: 'article text',
    found: `page furniture "${token.text}"`,
    text: `page furniture kept out of articles: "${token.text}" (lines ${token.startLine}-${token.endLine})`,
  });
  state.tokenPos++;
  return true;
}
