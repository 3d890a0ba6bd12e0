// Finish rule, the last: each decision goes to the story whose text holds its first line,
// or else its last (a choice about furniture over a headline is the story's under it); a
// story with none gets no `decisions`, so its file stays as it was.
import type { Decision } from '../types.ts';
import type { Draft, PageState } from '../page-state.ts';

const holds = (d: Draft, line: number) => d.blocks.some((b) => b.startLine <= line && line <= b.endLine);
const spans = (d: Draft, line: number) => d.source.startLine <= line && line <= d.source.endLine;

export function decisions(state: PageState): boolean {
  const byDraft = new Map<Draft, Decision[]>();
  for (const decision of state.decisions) {
    const draft = [decision.startLine, decision.endLine].map((line) => state.drafts.find((d) => holds(d, line)) ?? state.drafts.find((d) => spans(d, line))).find(Boolean);
    if (draft) byDraft.set(draft, [...(byDraft.get(draft) ?? []), decision]);
  }
  for (const [draft, list] of byDraft) draft.decisions = list.sort((a, b) => a.startLine - b.startLine);
  return byDraft.size > 0;
}
