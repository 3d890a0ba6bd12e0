// A PageState standing in the assembly chain: the page's text (for the messages' columns)
// and tokens written by hand, so a rule is driven without the block chain.
import { PageState, type Token } from '../../src/ingest/page-state.ts';

export function tokenState(text: string, tokens: Token[]): PageState {
  const state = new PageState(text, 'page.txt');
  state.tokens = tokens;
  return state;
}

/** A story open on the page, with its byline and a paragraph that ends its sentence. */
export function withStory(state: PageState, paragraph = '活动在市民中心举行。'): void {
  const draft = state.open(['旧标题'], { startLine: 1, endLine: 1 });
  state.takeByline(draft, '记者/何春林', [{ role: 'reporter', name: '何春林' }], false);
  state.addBlock({ type: 'paragraph', text: paragraph, startLine: 3, endLine: 3 });
}
