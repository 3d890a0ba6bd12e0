// Block rule: an advertising box or a lone phone number becomes a furniture token, kept out of the stories.
import { isFurniture } from './furniture.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function furnitureBox(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  if (!isFurniture(group, state.tokens.at(-1)?.kind === 'furniture')) return false;
  state.tokens.push({ kind: 'furniture', text: group.lines.join(' '), ...span(group, group) });
  state.pos++;
  return true;
}
