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

/** Clause marks a subhead may carry between its parts (`整合多方力量,服务触角延伸`). */
const CLAUSE_MARK = /[,，、]/u;
/** Longest line, longest part between clause marks, and most parts that a subhead carries. */
const CLAUSED_CHARS = 18;
const CLAUSE_CHARS = 10;
const CLAUSE_PARTS = 4;
/** A clause opening with a date is a news sentence's lead, not a heading's phrase. */
const DATE_CLAUSE = /^\d{1,4}[年月日]/u;

/** Where a line stands in its story: after a complete paragraph, and whether another subhead of its form stands in the story. */
export interface Place {
  afterComplete: boolean;
  sibling: boolean;
}

/**
 * A line of short clauses (`整合多方力量,服务触角延伸`) is a subhead by its place: after a
 * complete paragraph, numbered or with a sibling subhead of its form. A column break can
 * leave a short piece with a comma after a complete paragraph, but the piece stands alone:
 * it neither opens with a number nor repeats the form of the story's subheads.
 */
export function isParagraphPiece(line: string, nextParagraph: string | null, place: Place = { afterComplete: false, sibling: false }): boolean {
  if (!balanced(line)) return true;
  const bare = outsideQuotes(line.replace(OPENING_MARK, ''));
  if (IN_SENTENCE.test(bare) && !(place.afterComplete && isClausedSubhead(line, place.sibling, nextParagraph))) return true;
  if (OPEN_ENDING.test(line) || CUT_NUMBER.test(line)) return true;
  return nextParagraph !== null && CONTINUATION_START.test(nextParagraph);
}

/**
 * The text under a cut piece finishes the piece's sentence; the text under a subhead opens
 * a sentence of its own, its first clause before its first comma.
 */
const FINISHES_A_CLAUSE = /^[^,，、;；:：]*[。!?！？]/u;

/**
 * A subhead with commas or 、 between short clauses: numbered, or one of subheads of its
 * form with a sentence of its own under it.
 */
function isClausedSubhead(line: string, sibling: boolean, nextParagraph: string | null): boolean {
  if (/^[—─]/u.test(line) || !isClausedPhrase(line)) return false;
  return OPENING_MARK.test(line) || (sibling && !(nextParagraph !== null && FINISHES_A_CLAUSE.test(nextParagraph)));
}

/**
 * Subheads of one story share a form: numbered or not alike, both with clause marks
 * (inside quotes too: `“老味道,一点都不能变”`), of a like length.
 */
export function sharesForm(line: string, sibling: string): boolean {
  const numbered = (l: string) => OPENING_MARK.test(l) && !/^[—─]/u.test(l);
  const [a, b] = [[...line].length, [...sibling].length];
  return numbered(line) === numbered(sibling) && CLAUSE_MARK.test(line) && CLAUSE_MARK.test(sibling) && Math.min(a, b) >= (Math.max(a, b) * 2) / 3;
}

/** Short clauses between commas or 、, no semicolon or dash: the form of a claused subhead. */
function isClausedPhrase(line: string): boolean {
  const unmarked = line.replace(OPENING_MARK, '');
  const bare = outsideQuotes(unmarked);
  const parts = bare.split(CLAUSE_MARK);
  if (unmarked.length > CLAUSED_CHARS || parts.length > CLAUSE_PARTS || /[;；]|——/u.test(bare)) return false;
  // A heading's clauses are of a like length (`整合多方力量,服务触角延伸`); a column break
  // leaves a clause cut short at the end.
  const longest = Math.max(...parts.map((part) => part.length));
  return parts.every((part) => part.length >= Math.max(2, longest / 3) && part.length <= CLAUSE_CHARS && !DATE_CLAUSE.test(part));
}
