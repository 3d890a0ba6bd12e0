// Block rule: the numbered captions of a photo essay (`1、…`, `②…`), one line each, in a
// run counting up, with the photos' credit under the run or a credit in every caption.
// Numbered paragraphs of a story open the same way; no photo credit closes their run.
import { parseCreditLine } from './byline.ts';
import { isPhotoCredit, readNumberedCaption } from './caption.ts';
import { span, type PageState } from '../page-state.ts';
import type { LineGroup } from '../tokenize.ts';

/** The count a caption's number stands for: `2、` → 2, `③` → 3. */
function countOf(number: string): number {
  const circled = (number.codePointAt(0) ?? 0) - 0x2460;
  return circled >= 0 && circled < 20 ? circled + 1 : parseInt(number, 10);
}

export function numberedCaptions(state: PageState): boolean {
  const run: { group: LineGroup; caption: NonNullable<ReturnType<typeof readNumberedCaption>> }[] = [];
  for (let i = state.pos; i < state.groups.length; i++) {
    const group = state.groups[i] as LineGroup;
    const caption = group.lines.length === 1 ? readNumberedCaption(group.lines[0] as string) : null;
    if (!caption || (run.length && (group.gapBefore > 1 || countOf(caption.number) !== countOf((run.at(-1) as (typeof run)[number]).caption.number) + 1))) break;
    run.push({ group, caption });
  }
  if (run.length < 2) return false;
  const after = state.groups[state.pos + run.length];
  const creditUnder = !!after && isPhotoCredit(parseCreditLine(after.lines.join(' ')));
  if (!creditUnder && !run.every((r) => r.caption.creditLine)) return false;
  for (const { group, caption } of run) state.tokens.push({ kind: 'caption', text: caption.text, credit: caption.credit, ...span(group, group) });
  state.decide({
    rule: 'numbered-captions',
    chose: 'captions',
    over: 'numbered paragraphs',
    evidence: creditUnder ? 'a run of short numbered lines counting up, a photo credit under it' : 'a run of short numbered lines counting up, each with a photo credit',
    ...span((run[0] as (typeof run)[number]).group, (run.at(-1) as (typeof run)[number]).group),
  });
  state.pos += run.length;
  return true;
}
