// Assembly rule: a page header opens a new page; the stories below it are of its section.
import type { PageState } from '../page-state.ts';

export function pageStart(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  if (token?.kind !== 'header') return false;
  state.page = { section: token.section, editor: token.editor, header: token.lines, ...(token.page ? { label: token.page } : {}) };
  state.current = null;
  if (!token.section) state.report(token, { rule: 'page-header', severity: 'warning', expected: 'a section name above 责任编辑', found: 'none' });
  state.tokenPos++;
  return true;
}
