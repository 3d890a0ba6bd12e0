// Rule: headline block (标题). One to three short lines: an optional kicker (引题)
// above the main title (主题), an optional subtitle (副题) below it, usually opened
// by a dash. A kicker may share the title's line, set off by a space.
import { endsSentence, hanCount, HAN_CLASS } from '../text.ts';

export interface Headline {
  kicker: string | null;
  title: string;
  subtitle: string | null;
}

/** The longest line a headline or subhead takes; body paragraphs run longer. */
export const MAX_HEADING_LENGTH = 40;

/**
 * A line that can be part of a headline block or a subhead: short and unpunctuated at its
 * end. A headline never carries a full stop: a short line with one inside is the end of
 * a sentence and the start of the next, cut by a column break.
 */
export function isHeadingLine(line: string): boolean {
  return [...line].length <= MAX_HEADING_LENGTH && hanCount(line) >= 2 && !endsSentence(line) && !line.includes('。');
}

/** A subtitle opens with a dash (`——清水塘老工业区搬迁改造十年记`). */
export const SUBTITLE = /^[—─]{1,2}|^-{2}/u;
const CLAUSE_MARK = /[,，;；]/u;

/**
 * A kicker on the title's own line reads as a sentence of its own (it carries a
 * comma) before the last space; the parts of a two-part title do not, since Chinese
 * headlines set their parts apart with a space instead of a comma.
 */
function splitInlineKicker(line: string): Headline {
  const cut = line.lastIndexOf(' ');
  if (cut > 0) {
    const head = line.slice(0, cut).trim();
    const tail = line.slice(cut + 1).trim();
    if (CLAUSE_MARK.test(head) && !CLAUSE_MARK.test(tail) && hanCount(tail) >= 4) {
      return { kicker: head, title: tail, subtitle: null };
    }
  }
  return { kicker: null, title: line, subtitle: null };
}

/** A column label's form: a short name and no marks (`短评`, `株洲观察`, `本报评论员文章`). */
const LABEL = new RegExp(`^[${HAN_CLASS}][${HAN_CLASS}·・]{1,7}$`, 'u');
/**
 * The genres of opinion pieces, whose label opens a piece of its own (`短评`, `来论`, `时评`,
 * `株洲观察`, `本报评论员文章`): a family of words, since a short kicker has the same form.
 */
const OPINION_GENRE = /(?:评|论|观察|文章|杂谈|随笔|札记|漫谈)$/u;
/** A label set before a bar on the title's line: `短评 | …`, `株洲观察｜…`; or in brackets before it: `【短评】…`. */
const BAR_LABEL = /^(\S{2,8}?)\s*[|｜]\s*(\S.*)$/u;
const BRACKETED_LABEL = new RegExp(`^(【[${HAN_CLASS}·・]{2,8}】)\\s*(\\S.*)$`, 'u');

/** A label naming an opinion genre, over the headline of a piece of its own. */
export const isOpinionLabel = (line: string) => LABEL.test(line) && OPINION_GENRE.test(line);

export interface ColumnLabel {
  label: string;
  /** The headline's lines without it. */
  lines: string[];
  evidence: string;
}

/**
 * A column label (栏目) printed with a headline: a short name before a bar on the title's
 * line or in brackets before it, or alone over a longer title where it names an opinion
 * genre or heads a commentary (`commentary`: no byline under the headline, or an
 * ornamented signature). A short kicker over news (`端午节前夕` over a story with its
 * dateline) is neither, and a title whose parts a bar sets apart keeps them when the first
 * is no short name.
 */
export function readColumnLabel(lines: string[], commentary: boolean): ColumnLabel | null {
  const [first, second] = lines;
  const bar = first === undefined ? null : BAR_LABEL.exec(first);
  if (bar && LABEL.test(bar[1] as string) && hanCount(bar[2] as string) >= 4) {
    return { label: bar[1] as string, lines: [bar[2] as string, ...lines.slice(1)], evidence: "a short name before a bar on the title's line" };
  }
  const bracketed = first === undefined ? null : BRACKETED_LABEL.exec(first);
  if (bracketed && hanCount(bracketed[2] as string) >= 4) {
    return { label: bracketed[1] as string, lines: [bracketed[2] as string, ...lines.slice(1)], evidence: 'a short name in brackets before the title on its line' };
  }
  if (first === undefined || second === undefined || !LABEL.test(first) || [...first].length >= [...second].length) return null;
  if (OPINION_GENRE.test(first)) return { label: first, lines: lines.slice(1), evidence: 'a short name of an opinion genre alone over the title' };
  return commentary ? { label: first, lines: lines.slice(1), evidence: 'a short name alone over the title of a commentary: no byline under the headline, or an ornamented signature' } : null;
}

/** A choice between two close readings of a headline's lines, for the parser's decisions. */
export interface HeadlineReading {
  chose: string;
  over: string;
  evidence: string;
}

/**
 * The paper's own area opening a line as its subject (我市, 全市, 株洲 and its counties and
 * districts): the line states the news. A family of names, since a subject is no mark a
 * line can be read by; a kicker sets the scene without one (`端午节前夕`, `从…到…`).
 */
const AREA_SUBJECT = /^(?:我市|全市|本市|我省|全省|我国|全国|株洲|醴陵|攸县|茶陵|炎陵|渌口|芦淞|荷塘|石峰|天元|云龙)/u;
/** The longest kicker that can only lead in: a time or an occasion (`端午节前夕`), too short to state news. */
const LEAD_IN_CHARS = 6;

/**
 * Two headline lines without a dash: a kicker leads into the title, a subtitle follows it
 * and explains. A first line that states the news opening with its subject is the title
 * (`株洲今年将开工建设重点项目300个` / `总投资超过1500亿元`); otherwise the first is the
 * kicker, as most two-line headlines print, over a title that opens with the subject or not.
 */
function readTwoLines(first: string, second: string): { headline: Headline; reading: HeadlineReading } {
  const kicker = { kicker: first, title: second, subtitle: null };
  const asKicker = (evidence: string) => ({ headline: kicker, reading: { chose: 'kicker and title', over: 'title and subtitle', evidence } });
  if ([...first].length <= LEAD_IN_CHARS) return asKicker(`the first line is short (${[...first].length} characters): it leads into the second`);
  const subject = AREA_SUBJECT.exec(first)?.[0];
  const under = AREA_SUBJECT.exec(second)?.[0];
  if (subject) {
    return {
      headline: { kicker: null, title: first, subtitle: second },
      reading: { chose: 'title and subtitle', over: 'kicker and title', evidence: `the first line states the news with its subject (${subject}); the second${under ? '' : ', without one,'} explains it` },
    };
  }
  return asKicker(under ? `the second line states the news with its subject (${under}); the first leads into it` : 'neither line opens with its subject: the first is read as the kicker');
}

/** The headline's kicker, title and subtitle, and the reading chosen where two lines without a dash left it close. */
export function readHeadline(lines: string[]): { headline: Headline; reading: HeadlineReading | null } {
  const subtitles = lines.filter((l, i) => i > 0 && SUBTITLE.test(l));
  const main = lines.filter((l, i) => !(i > 0 && SUBTITLE.test(l)));
  const subtitle = subtitles.length ? subtitles.join(' ') : null;
  if (main.length === 0) return { headline: { kicker: null, title: lines.join(' '), subtitle: null }, reading: null };
  if (main.length === 1) return { headline: { ...splitInlineKicker(main[0] as string), subtitle }, reading: null };
  if (main.length === 2 && subtitle === null) return readTwoLines(main[0] as string, main[1] as string);
  if (subtitle !== null) return { headline: { kicker: main.slice(0, -1).join(' '), title: main.at(-1) as string, subtitle }, reading: null };
  // Three lines and no dash: kicker, title, subtitle in print order.
  return { headline: { kicker: main.slice(0, -2).join(' '), title: main.at(-2) as string, subtitle: main.at(-1) as string }, reading: null };
}

export function splitHeadline(lines: string[]): Headline {
  return readHeadline(lines).headline;
}
