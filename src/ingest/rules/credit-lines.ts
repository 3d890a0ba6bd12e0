// Block rule: a group made only of credit lines (a byline with its correspondents) is one credit token.
import { parseCreditLine } from './byline.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function creditLines(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  const lines = group.lines.map(parseCreditLine);
  if (!lines.every((c) => c !== null)) return false;
  const credits = lines.flatMap((c) => c?.credits ?? []);
  state.tokens.push({ kind: 'credit', text: group.lines.join(' '), credits, photo: lines.some((c) => c?.photo), ...span(group, group) });
  state.pos++;
  return true;
}
