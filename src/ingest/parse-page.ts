// The page-dump parser: one pure function, text in, articles and messages out. Like
// markdown-it, it runs ordered chains of small named rules (rules/index.ts) over one
// state (page-state.ts): line groups that keep their line numbers become tokens, tokens
// become stories, and the stories are finished.
import type { Message, ParsedArticle, Position } from './types.ts';
import { PageState, type Token } from './page-state.ts';
import { assemblyRules, blockRules, finishRules, type NamedRule } from './rules/index.ts';

/** Runs a chain at each position until the end; the chain's last rule takes anything. */
export function runChain(state: PageState, rules: NamedRule[], at: () => number, end: number, where: () => Position | undefined): void {
  while (at() < end) {
    const before = at();
    const taker = rules.find(({ rule }) => rule(state));
    // A rule that says it took something must have moved on: one that did not would hold
    // the parse for ever on this page, so the page stops here, said, and the rest goes on.
    if (taker && at() > before) continue;
    if (taker) {
      const stuck = where() ?? { startLine: 1, endLine: 1 };
      state.report(stuck, { rule: 'parse', severity: 'error', expected: `rule ${taker.name} to move past what it took`, found: 'it stood still: the rest of the page is not read' });
      return;
    }
    // Unreachable while the chain ends in a rule that takes anything; said, not looped on.
    const left = where() ?? { startLine: 1, endLine: 1 };
    state.report(left, { rule: 'parse', severity: 'error', expected: 'a rule that takes the text', found: 'none: the rest of the page is not read' });
    return;
  }
}

/** The block chain alone: the page's tokens. */
export function tokenizePage(state: PageState): Token[] {
  runChain(
    state,
    blockRules,
    () => state.pos,
    state.groups.length,
    () => state.groups[state.pos],
  );
  return state.tokens;
}

export function parsePage(text: string, file: string): { articles: ParsedArticle[]; messages: Message[] } {
  const state = new PageState(text, file);
  tokenizePage(state);
  runChain(
    state,
    assemblyRules,
    () => state.tokenPos,
    state.tokens.length,
    () => state.tokens[state.tokenPos],
  );
  for (const { rule } of finishRules) rule(state);
  const articles = state.drafts.map(({ closingCredits: _c, hasHeadByline: _h, ...article }) => article);
  return { articles, messages: state.messages };
}
