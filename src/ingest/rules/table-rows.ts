// Block rule: rows of short unpunctuated cells (the weather box) make a table; a row right
// under it, or a one-line row with figures, goes on the same table.
import { parseCreditLine } from './byline.ts';
import { continuesTable, isTableRows } from './table.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function tableRows(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  const previous = state.tokens.at(-1);
  const rows = isTableRows(group) && !group.lines.some((l) => parseCreditLine(l) !== null);
  const goesOn = previous?.kind === 'table' && continuesTable(group);
  if (!rows && !goesOn) return false;
  if (previous?.kind === 'table' && group.gapBefore <= 1) {
    previous.rows.push(...(isTableRows(group) ? [group.lines] : [[group.lines.join('')]]));
    previous.endLine = group.endLine;
  } else {
    state.tokens.push({ kind: 'table', rows: [group.lines], ...span(group, group) });
  }
  state.pos++;
  return true;
}
