// Block rule, the last: each line of what is left is a unit of its own. Normally a group is
// one paragraph, but a dump may leave a headline, a byline and a first paragraph on adjacent lines.
import { parseCreditLine, parseDateline } from './byline.ts';
import { isHeadingLine } from './headline.ts';
import type { PageState } from '../page-state.ts';
import type { Position } from '../types.ts';
import type { LineGroup } from '../tokenize.ts';

/** One line as a token of its own: a byline, a heading or a paragraph. */
export function pushLineUnit(state: PageState, line: string, at: Position): void {
  const credit = parseCreditLine(line);
  const dateline = parseDateline(line);
  if (credit) state.tokens.push({ kind: 'credit', text: line, credits: credit.credits, photo: credit.photo, ...at });
  else if (isHeadingLine(line) && !dateline) state.tokens.push({ kind: 'heading', text: line, ...at });
  else state.tokens.push({ kind: 'paragraph', text: line, dateline, ...at });
}

export function lineUnits(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  group.lines.forEach((line, n) => pushLineUnit(state, line, { startLine: group.startLine + n, endLine: group.startLine + n }));
  state.pos++;
  return true;
}
