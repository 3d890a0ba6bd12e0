// Block rule: a caption without credit standing alone in the gap a photo or a QR code
// left (`扫码…`, `扫描二维码…`): a line of its own, not a sentence, after a complete
// paragraph or a wide gap. A sentence that opens the same way is the story's text. So is a
// photo essay's numbered caption alone in a column break.
import { isGapCaption, readNumberedCaption } from './caption.ts';
import { span, type PageState } from '../page-state.ts';
import { endsSentence } from '../text.ts';
import type { LineGroup } from '../tokenize.ts';

/**
 * A photo essay's numbered caption (`3、茶农正在采摘夏茶。`) alone in a wide gap under
 * text that stops mid-sentence: no sentence goes on in a line opening with a number, so
 * it stands in the column break the photo took.
 */
function numberedInCut(state: PageState, group: LineGroup): boolean {
  const above = state.tokens.at(-1);
  // A cut after a letter or digit may split a number or a code (`T` / `32、T35两条线路`): its digits are no caption's number.
  return group.lines.length === 1 && group.gapBefore > 1 && above?.kind === 'paragraph' && !endsSentence(above.text) && !/[A-Za-z0-9]$/u.test(above.text) && readNumberedCaption(group.lines[0] as string) !== null;
}

export function gapCaption(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  const line = group.lines[0] as string;
  if (numberedInCut(state, group)) {
    state.tokens.push({ kind: 'caption', text: line, credit: null, ...span(group, group) });
    state.decide({ rule: 'gap-caption', chose: 'caption', over: 'paragraph', evidence: 'a numbered sentence alone in a wide gap, under text that stops mid-sentence', ...span(group, group) });
    state.pos++;
    return true;
  }
  if (group.lines.length !== 1 || !isGapCaption(line) || endsSentence(line)) return false;
  const before = state.groups[state.pos - 1];
  const inGap = group.gapBefore > 1 || (!!before && endsSentence(before.lines.at(-1) as string));
  if (!inGap) return false;
  state.tokens.push({ kind: 'caption', text: line, credit: null, ...span(group, group) });
  state.decide({ rule: 'gap-caption', chose: 'caption', over: 'paragraph', evidence: 'a short line alone after a complete paragraph, opening as a gap caption does (扫码…), not a sentence', ...span(group, group) });
  state.pos++;
  return true;
}
