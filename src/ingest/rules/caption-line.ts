// Block rule: a line of its own that is a caption by its form: it ends in a photo credit,
// or points at the photo (▲, 图为…) without one.
import { readCaption } from './caption.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function captionLine(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  if (group.lines.length !== 1) return false;
  const caption = readCaption(group.lines[0] as string);
  if (!caption) return false;
  state.tokens.push({ kind: 'caption', text: caption.text, credit: caption.credit, ...span(group, group) });
  // A pointer or an opener alone makes it a caption by its place, not by a credit.
  if (!caption.credit) {
    state.decide({ rule: 'caption-line', chose: 'caption', over: 'paragraph', evidence: 'opens as a caption does (▲, 图为…) and carries no photo credit', ...span(group, group) });
  }
  state.pos++;
  return true;
}
