// Finish rule, the last: each decision goes to the story whose text holds its first line,
// or else its last (a choice about furniture over a headline is the story's under it); a
// story with none gets no `decisions`, so its file stays as it was.
import type { Decision, Position } from '../types.ts';
import type { Draft, PageState } from '../page-state.ts';

/**
 * The first story, in page order, that each line falls in by the given spans: read once,
 * so a dump of thousands of stories and decisions is not searched story by story for each.
 */
function firstByLine(drafts: Draft[], spansOf: (d: Draft) => Position[]): Map<number, Draft> {
  const first = new Map<number, Draft>();
  for (const d of drafts) {
    for (const p of spansOf(d)) for (let line = p.startLine; line <= p.endLine; line++) if (!first.has(line)) first.set(line, d);
  }
  return first;
}

export function decisions(state: PageState): boolean {
  const holding = firstByLine(state.drafts, (d) => d.blocks);
  const spanning = firstByLine(state.drafts, (d) => [d.source]);
  const holderOf = (line: number) => holding.get(line) ?? spanning.get(line);
  const byDraft = new Map<Draft, Decision[]>();
  for (const decision of state.decisions) {
    const draft = holderOf(decision.startLine) ?? holderOf(decision.endLine);
    if (draft) byDraft.set(draft, [...(byDraft.get(draft) ?? []), decision]);
  }
  for (const [draft, list] of byDraft) draft.decisions = list.sort((a, b) => a.startLine - b.startLine);
  return byDraft.size > 0;
}
