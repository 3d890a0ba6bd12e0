// Assembly rule: a dateline in a story that has its text or its byline already opens a new
// story, whose headline was not recognised as one (too long, or ending in ! or ?): the
// short paragraphs just above the dateline are taken as its headline.
import type { Block } from '../types.ts';
import { hasBody, type PageState } from '../page-state.ts';
import { isHeadlineLike } from './stray-headline.ts';
import { HEADLINE_LINES } from './story-start.ts';
import { addParagraph } from './paragraph.ts';

export function datelineStory(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  const draft = state.current;
  if (token?.kind !== 'paragraph' || !token.dateline || !draft || !(hasBody(draft) || draft.hasHeadByline)) return false;
  const lines: Block[] = [];
  while (draft.blocks.length && isHeadlineLike(draft.blocks.at(-1) as Block) && lines.length < HEADLINE_LINES) lines.unshift(draft.blocks.pop() as Block);
  if (lines.length) {
    const headline = lines.map((b) => b.text).join(' ');
    state.report(token, { rule: 'headline', severity: 'warning', expected: 'a headline above the dateline', found: `"${headline}"`, text: `expected a headline above the dateline, took "${headline}"` });
    state.open(
      lines.map((b) => b.text),
      lines[0] as Block,
    );
  } else {
    state.report(token, { rule: 'headline', severity: 'warning', expected: `a headline above the dateline "${token.dateline.text}"`, found: 'none' });
    state.open([], token);
  }
  addParagraph(state, token);
  state.tokenPos++;
  return true;
}
