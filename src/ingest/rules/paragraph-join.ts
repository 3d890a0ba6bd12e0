// Finish rule: paragraphs a column break cut are joined (repairParagraphs). Where the join
// was close, a short first piece or a caption standing in the cut, the choice is recorded.
import type { Block } from '../types.ts';
import { MAX_HEADING_LENGTH } from './headline.ts';
import { repairParagraphs } from './paragraph-repair.ts';
import type { Draft, PageState } from '../page-state.ts';

/** The pieces a joined paragraph was made of, and the captions between them, read off the blocks before the join. */
function piecesOf(joined: Block, blocks: Block[], from: number): { pieces: Block[]; captions: number } {
  const pieces: Block[] = [];
  let captions = 0;
  let text = '';
  for (let i = from; i < blocks.length && text !== joined.text; i++) {
    const b = blocks[i] as Block;
    if (b.type === 'caption') {
      captions++;
      continue;
    }
    pieces.push(b);
    text += b.text;
  }
  return { pieces, captions };
}

function recordJoins(state: PageState, before: Block[], after: Block[]): void {
  let from = 0;
  for (const joined of after) {
    const start = before.findIndex((b, i) => i >= from && b.type === joined.type && b.startLine === joined.startLine);
    if (start < 0) continue;
    from = start + 1;
    if (joined.type !== 'paragraph' || (before[start] as Block).text === joined.text) continue;
    const { pieces, captions } = piecesOf(joined, before, start);
    const first = [...(pieces[0] as Block).text].length;
    const evidence = [...(first <= MAX_HEADING_LENGTH ? [`the first piece is short (${first} characters) and ends mid-sentence`] : []), ...(captions ? ['a caption stands in the cut'] : [])];
    if (!evidence.length) continue;
    state.decide({ rule: 'paragraph-join', chose: 'one paragraph joined across a column break', over: `${pieces.length} paragraphs`, evidence: evidence.join('; '), startLine: joined.startLine, endLine: joined.endLine });
  }
}

export function paragraphJoin(state: PageState): boolean {
  let joined = false;
  for (const draft of state.drafts as Draft[]) {
    const before = draft.blocks;
    draft.blocks = repairParagraphs(before);
    if (draft.blocks.length !== before.length) joined = true;
    recordJoins(state, before, draft.blocks);
  }
  return joined;
}
