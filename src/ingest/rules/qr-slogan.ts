// Block rule: the slogan the paper prints with its QR block (`看株洲新闻 知天下大事`), right
// under the QR lines and over a headline that stands whole without it (a byline or a
// dateline under that line), belongs to the block: furniture, not the headline's kicker.
// A kicker has the same place, so the choice is recorded.
import { FURNITURE_NAMES, furnitureKind } from './furniture.ts';
import { isHeadingLine } from './headline.ts';
import { parseCreditLine, parseDateline } from './byline.ts';
import { HAN_CLASS } from '../text.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

/** A slogan's form: short phrases of characters set apart by spaces, no marks. */
const SLOGAN = new RegExp(`^[${HAN_CLASS}]{2,10}(?:[ \\u3000]+[${HAN_CLASS}]{2,10}){0,2}$`, 'u');

const opensStory = (group: LineGroup | undefined) => !!group && (group.lines.every((l) => parseCreditLine(l) !== null) || parseDateline(group.lines[0] as string) !== null);

export function qrSlogan(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  const before = state.groups[state.pos - 1];
  const title = state.groups[state.pos + 1];
  if (!before || furnitureKind(before, false) !== 'app-qr' || group.lines.length !== 1 || !SLOGAN.test(group.lines[0] as string)) return false;
  if (title?.lines.length !== 1 || !isHeadingLine(title.lines[0] as string) || !opensStory(state.groups[state.pos + 2])) return false;
  state.tokens.push({ kind: 'furniture', text: `${FURNITURE_NAMES['app-qr']}: ${group.lines[0]}`, ...span(group, group) });
  state.decide({
    rule: 'qr-slogan',
    chose: "the slogan of the paper's QR block",
    over: 'kicker',
    evidence: "a short line without marks right under the paper's QR lines; the headline under it has its byline or dateline",
    startLine: group.startLine,
    endLine: title.endLine,
  });
  state.pos++;
  return true;
}
