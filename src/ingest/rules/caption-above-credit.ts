// Block rule: a caption whose credit the dump put on the next line. It stands in the space
// the photo left (blank lines above it); a paragraph followed by a credit closes a photo-news story.
import { parseCreditLine } from './byline.ts';
import { isPhotoCredit, MAX_CAPTION_LENGTH } from './caption.ts';
import { isHeadingLine } from './headline.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

export function captionAboveCredit(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  const next = state.groups[state.pos + 1];
  if (group.lines.length !== 1 || !next || next.lines.length !== 1) return false;
  const text = group.lines[0] as string;
  if (!isPhotoCredit(parseCreditLine(next.lines[0] as string)) || group.gapBefore < 2 || isHeadingLine(text) || next.gapBefore > 1 || [...text].length > MAX_CAPTION_LENGTH) return false;
  state.tokens.push({ kind: 'caption', text, credit: next.lines[0] as string, ...span(group, next) });
  state.decide({ rule: 'caption-above-credit', chose: 'caption', over: 'paragraph', evidence: 'blank lines above it and a photo credit on the next line', ...span(group, next) });
  state.pos += 2;
  return true;
}
