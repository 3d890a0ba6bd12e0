// Assembly rule: captions, epigraphs and tables are set in the open story where they stand
// (captions before the page's first headline wait for its story).
import type { Block } from '../types.ts';
import type { PageState, Token, TokenOf } from '../page-state.ts';

export function asCaption(t: TokenOf<'caption'>): Block {
  return { type: 'caption', text: t.text, ...(t.credit ? { credit: t.credit } : {}), startLine: t.startLine, endLine: t.endLine };
}

export function asEpigraph(t: TokenOf<'epigraph'>): Block {
  return { type: 'epigraph', text: t.text, attribution: t.attribution, startLine: t.startLine, endLine: t.endLine };
}

function insertBlock(t: Token): Block | null {
  if (t.kind === 'caption') return asCaption(t);
  if (t.kind === 'epigraph') return asEpigraph(t);
  if (t.kind === 'table') return { type: 'table', text: t.rows.map((r) => r.join(' ')).join('\n'), rows: t.rows, startLine: t.startLine, endLine: t.endLine };
  return null;
}

export function inserts(state: PageState): boolean {
  const token = state.tokens[state.tokenPos];
  const block = token && insertBlock(token);
  if (!block) return false;
  state.addBlock(block);
  state.tokenPos++;
  return true;
}
