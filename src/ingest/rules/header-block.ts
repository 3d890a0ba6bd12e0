// Block rule: a page header (section name, 责任编辑, staff lines) becomes one token.
import { readPageHeader } from './page-header.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function headerBlock(state: PageState): boolean {
  const header = readPageHeader(state.groups, state.pos);
  if (!header) return false;
  const last = state.groups[state.pos + header.size - 1] as LineGroup;
  state.tokens.push({ kind: 'header', section: header.section, editor: header.editor, lines: header.lines, ...(header.page ? { page: header.page } : {}), ...span(state.groups[state.pos] as LineGroup, last) });
  state.pos += header.size;
  return true;
}
