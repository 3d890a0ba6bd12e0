// Block rule: a caption whose credit the dump put on the next line. It stands in the space
// the photo left (blank lines above it); a paragraph followed by a credit closes a photo-news story,
// and so does the rest of a paragraph a column break cut.
import { parseCreditLine } from './byline.ts';
import { isPhotoCredit, MAX_CAPTION_LENGTH } from './caption.ts';
import { isHeadingLine } from './headline.ts';
import { endsSentence } from '../text.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

/**
 * The line finishes a paragraph a column break cut (the text above stops mid-sentence, with
 * only photos between) and no text follows the credit: the credit closes the story under
 * its last words, as photo news closes. A caption in the cut has the paragraph's rest under it.
 */
function restOfCutParagraph(state: PageState): boolean {
  const above = [...state.tokens].reverse().find((t) => t.kind !== 'caption');
  const after = state.groups[state.pos + 2];
  return above?.kind === 'paragraph' && !endsSentence(above.text) && (!after || isHeadingLine(after.lines[0] as string));
}

export function captionAboveCredit(state: PageState): boolean {
  const group = state.groups[state.pos] as LineGroup;
  const next = state.groups[state.pos + 1];
  if (group.lines.length !== 1 || !next || next.lines.length !== 1) return false;
  const text = group.lines[0] as string;
  if (!isPhotoCredit(parseCreditLine(next.lines[0] as string)) || group.gapBefore < 2 || isHeadingLine(text) || next.gapBefore > 1 || [...text].length > MAX_CAPTION_LENGTH) return false;
  if (restOfCutParagraph(state)) {
    state.decide({ rule: 'caption-above-credit', chose: 'the rest of a paragraph a column break cut', over: 'caption', evidence: 'the text above stops mid-sentence, only photos between; no text follows the credit', ...span(group, next) });
    return false;
  }
  state.tokens.push({ kind: 'caption', text, credit: next.lines[0] as string, ...span(group, next) });
  state.decide({ rule: 'caption-above-credit', chose: 'caption', over: 'paragraph', evidence: 'blank lines above it and a photo credit on the next line', ...span(group, next) });
  state.pos += 2;
  return true;
}
