// Block rule: furniture that takes several groups (a 导读 table, a classified notice, a
// comment of the e-paper site) becomes one furniture token, kept out of the stories.
import { FURNITURE_NAMES, readFurnitureBlock } from './furniture.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function furnitureBlock(state: PageState): boolean {
  const block = readFurnitureBlock(state.groups, state.pos);
  if (!block) return false;
  const groups = state.groups.slice(state.pos, state.pos + block.size);
  const text = groups.flatMap((g) => g.lines).join(' ');
  state.tokens.push({ kind: 'furniture', text: `${FURNITURE_NAMES[block.kind]}: ${text}`, ...span(groups[0] as LineGroup, groups.at(-1) as LineGroup) });
  state.pos += block.size;
  return true;
}
