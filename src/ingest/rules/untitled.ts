// Finish rule: a story the page gave no headline is kept, and reported.
import type { PageState } from '../page-state.ts';

export function untitled(state: PageState): boolean {
  const found = state.drafts.filter((d) => !d.title);
  for (const d of found) state.report(d.source, { rule: 'headline', severity: 'warning', expected: 'a headline', found: 'none', text: 'article without a headline' });
  return found.length > 0;
}
