// Assembly rule: a staff title naming no one (`本报评论员`) alone over a headline is the
// column label of the piece under it, not a byline: a byline stands under its headline.
// It waits for that story as captions before a headline do. Where a story above has no
// byline yet, the title closes it as its signature instead (the credit rule's reading).
import { isOrnamented } from './byline.ts';
import { isSignedAtEnd } from './paragraph.ts';
import { opensStory } from './photo-news-headline.ts';
import type { PageState } from '../page-state.ts';

export function staffLabel(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  if (token?.kind !== 'credit' || token.credits.length > 0 || token.photo || isOrnamented(token.text)) return false;
  const open = state.current;
  if (open && !open.hasHeadByline && !isSignedAtEnd(open)) return false;
  if (state.tokens[state.tokenPos + 1]?.kind !== 'heading' || (open && !opensStory(state, state.tokenPos + 1))) return false;
  state.pending.push({ type: 'column', text: token.text, startLine: token.startLine, endLine: token.endLine });
  state.decide({
    rule: 'staff-label',
    chose: 'column label',
    over: 'byline',
    evidence: `a staff title naming no one, alone over a headline; ${open ? 'the story above has its byline' : 'no story above waits for one'}`,
    startLine: token.startLine,
    endLine: token.endLine,
  });
  state.tokenPos++;
  return true;
}
