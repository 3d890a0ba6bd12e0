// Rule: subhead (小标题) or broken paragraph? Inside a story, a short line without
// closing punctuation is either a subhead or the first piece of a paragraph that a
// column break cut off. A subhead is a complete phrase; the piece of a paragraph
// shows that its sentence goes on.
import { balanced, outsideQuotes } from '../text.ts';

/** Marks inside a sentence that a heading does not carry outside its quotes. */
const IN_SENTENCE = /[,，、;；]|——/u;
/** Words that cannot end a heading: the phrase they open is cut off. */
const OPEN_ENDING = /(?:的|和|与|及|或|在|把|被|对|从|向|给|让|使|将|是|并|而|但)$/u;
/** A number cut at its decimal point (`1.` / `2万家`): a heading never ends inside a number. */
const CUT_NUMBER = /\d[.．]$/u;
/**
 * A paragraph cannot open with a bare speech verb or a particle: `介绍,…` and `的…`
 * need the words before them, so the previous piece is the same sentence.
 */
const CONTINUATION_START = /^(?:[,，、。;；:：!?！？”’)）》]|(?:介绍|表示|说|称|指出|认为|透露|坦言|告诉记者|笑道|强调)[,，:：]|[的地得着了过])/u;

/**
 * Subheads may be numbered (`一、`, `(二)`, `3.`); the number's mark is no sentence mark, nor
 * is the dash that opens a subtitle (`——石峰区改造42个老旧小区`).
 */
const OPENING_MARK = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[—─]{1,2})/u;

export function isParagraphPiece(line: string, nextParagraph: string | null): boolean {
  if (!balanced(line)) return true;
  if (IN_SENTENCE.test(outsideQuotes(line.replace(OPENING_MARK, '')))) return true;
  if (OPEN_ENDING.test(line) || CUT_NUMBER.test(line)) return true;
  return nextParagraph !== null && CONTINUATION_START.test(nextParagraph);
}
