// Block rule: a group opened by a box's label (`记者手记`, `编者按:…`) or by a question or
// answer of a Q&A is a box token; the lines after the first in the group are line units.
// It stands before the credit rules: `记者手记` has a byline's shape (记者 and two characters).
import { isQaParagraph, readBoxLabel } from './box-label.ts';
import { pushLineUnit } from './line-units.ts';
import type { PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function boxBlock(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  const [first, ...rest] = group.lines as [string, ...string[]];
  const at = { startLine: group.startLine, endLine: group.startLine };
  const label = readBoxLabel(first);
  if (label) state.tokens.push({ kind: 'box', box: label.box, label: label.label, text: label.text, ...at });
  else if (isQaParagraph(first)) state.tokens.push({ kind: 'box', box: 'qa', label: null, text: first, ...at });
  else return false;
  rest.forEach((line, n) => pushLineUnit(state, line, { startLine: group.startLine + n + 1, endLine: group.startLine + n + 1 }));
  state.pos++;
  return true;
}
