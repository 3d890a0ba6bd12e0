// Block rule: a quotation with its `——` source line becomes one epigraph token.
import { readEpigraph } from './epigraph.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function epigraphBlock(state: PageState): boolean {
  const epigraph = readEpigraph(state.groups, state.pos);
  if (!epigraph) return false;
  const last = state.groups[state.pos + epigraph.size - 1] as LineGroup;
  state.tokens.push({ kind: 'epigraph', text: epigraph.text, attribution: epigraph.attribution, ...span(state.groups[state.pos] as LineGroup, last) });
  state.pos += epigraph.size;
  return true;
}
