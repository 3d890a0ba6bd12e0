// Block rule: a caption set on adjacent lines with its photo credit under it.
import { parseCreditLine } from './byline.ts';
import { isPhotoCredit, MAX_CAPTION_LENGTH } from './caption.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function captionStack(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  if (group.lines.length < 2) return false;
  const credit = parseCreditLine(group.lines.at(-1) as string);
  const caption = group.lines.slice(0, -1);
  if (!isPhotoCredit(credit) || [...caption.join('')].length > MAX_CAPTION_LENGTH || caption.some((l) => parseCreditLine(l) !== null)) return false;
  state.tokens.push({ kind: 'caption', text: caption.join(''), credit: group.lines.at(-1) as string, ...span(group, group) });
  state.pos++;
  return true;
}
