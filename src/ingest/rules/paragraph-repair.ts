// Rule: paragraph repair. The PDF's column breaks cut paragraphs mid-sentence, and a
// photo's caption may land in the cut. A paragraph that does not end its sentence
// goes on in the next paragraph: join the two, and set the captions found in the
// cut after the joined paragraph. A jump line (`(下转第3版)`) ends the page's part of a
// story, whatever its last sentence: nothing on the page goes on from it; nor does any
// sentence go on in a date alone on its line (the day a notice is signed, under its issuer).
import type { Block } from '../types.ts';
import { endsSentence, isFullDate } from '../text.ts';
import { trailingJumpLine } from './jump-line.ts';

/**
 * Prose that a cut can leave unfinished: a paragraph, or a box's paragraph (a data box's
 * lines are no sentences). A box's piece goes on in the paragraph under it or in its own
 * box's next block, never in another box.
 */
const isProse = (b: Block) => b.type === 'paragraph' || (b.type === 'box' && b.box !== 'data');
const goesOnIn = (block: Block, next: Block | undefined) => next !== undefined && !next.label && (next.type === 'paragraph' || (block.type === 'box' && next.type === 'box' && next.box === block.box));

export function repairParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (!isProse(block)) {
      out.push(block);
      continue;
    }
    const joined: Block = { ...block };
    const lifted: Block[] = [];
    let j = i + 1;
    while (!endsSentence(joined.text) && !trailingJumpLine(joined.text)) {
      let k = j;
      const captions: Block[] = [];
      while (blocks[k]?.type === 'caption') captions.push(blocks[k++] as Block);
      const next = blocks[k];
      if (!goesOnIn(block, next) || isFullDate((next as Block).text)) break;
      joined.text += (next as Block).text;
      joined.endLine = (next as Block).endLine;
      lifted.push(...captions);
      j = k + 1;
    }
    out.push(joined, ...lifted);
    i = j - 1;
  }
  return out;
}
