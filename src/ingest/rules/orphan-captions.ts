// Finish rule: captions printed on a page where no story opened are reported, not dropped.
import type { PageState } from '../page-state.ts';

export function orphanCaptions(state: PageState): boolean {
  for (const block of state.pending) {
    state.report(block, { rule: 'caption', severity: 'warning', expected: 'an article on its page', found: `"${block.text}"`, text: `caption with no article on its page: "${block.text}"` });
  }
  return state.pending.length > 0;
}
