// Rule: a box's label. A story sets some of its text apart in a box (a frame or a tinted
// panel on the page) that the paper heads with a label of a fixed genre: key points over
// the story, an editor's note, a reporter's notebook after it, related links, a data box.
// In a dump the frame is gone and the label is what is left of it: a short line of its
// own (`记者手记`, `【核心提示】`), or the opening words of the box's first paragraph
// (`编者按:…`). A Q&A is a box without a label: its paragraphs open with 问 and 答.
import type { BoxKind } from '../types.ts';
import { ORNAMENT } from './byline.ts';

/** The labels each box kind is printed under, as the genre names them. */
const LABELS: Array<[BoxKind, RegExp]> = [
  ['key-points', /^(?:核心提示|内容提要|本文提要|提要|要点提示|划重点)$/u],
  ['editors-note', /^(?:编者按|编者的话|编前|编前语|编后|编后语|编后记)$/u],
  ['notebook', /^(?:记者手记|采访手记|记者札记|采访札记|编辑手记|记者感言|采访后记)$/u],
  ['related', /^(?:相关链接|新闻链接|背景链接|知识链接|链接|延伸阅读|相关阅读|新闻背景|背景资料|名词解释|小贴士|温馨提示)$/u],
  // A data box is named after what it counts (`数说炎陵黄桃`); 数字 and 数据 open too many
  // subheads (`数字化补短板`) to name one but alone.
  ['data', /^(?:(?:数说|数读|数看)[\p{Script=Han}\d]{0,10}|数字|数据|一组数据|数据链接)$/u],
];

/** A label is set apart by brackets, a colon after it, or by standing alone on its line. */
const LABELLED = /^(【[^【】]+】|[[［][^\]］]+[\]］]|[^\s:：【】[［]{2,12})(\s*[:：]\s*|\s*)(.*)$/u;
const BRACKETS = /^[【[［]|[\]］】]$/gu;
/** Single characters set apart by spaces, as a heading is letter-spaced. */
const LETTER_SPACED = /^\p{Script=Han}(?:\s\p{Script=Han}){1,7}$/u;

/** What opens a box: its kind, its label as printed (colon left out) and the text after it on the line. */
export interface BoxLabel {
  box: BoxKind;
  label: string;
  text: string;
}

export function boxKindOf(name: string): BoxKind | null {
  return LABELS.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}

/**
 * The box a line opens, if its first words are a box's label: alone on the line, or
 * bracketed or followed by a colon before the box's text. A label's word run on into a
 * sentence (`编后语言…`, `链接服务…`) is no label.
 */
export function readBoxLabel(line: string): BoxLabel | null {
  const trimmed = line.trim();
  // A label alone may be letter-spaced (`相 关 链 接`) or marked (`■记者手记`), as a box's heading is set.
  const spaced = LETTER_SPACED.test(trimmed) ? trimmed.replace(/\s+/gu, '') : null;
  const match = LABELLED.exec((spaced ?? trimmed).replace(ORNAMENT, ''));
  if (!match) return null;
  const [, printed, after, text] = match as unknown as [string, string, string, string];
  const box = boxKindOf(printed.replace(BRACKETS, ''));
  // Text after a bare label needs a colon or brackets to set the label apart from it.
  if (!box || (text && !/^[【[［]/u.test(printed) && !/[:：]/u.test(after))) return null;
  return { box, label: spaced || ORNAMENT.test(trimmed) ? trimmed.slice(0, trimmed.length - text.length).replace(/\s*[:：]?\s*$/u, '') : printed, text };
}

/** A paragraph of a Q&A: a question or its answer, opened by 问 / 答 (or Q / A) and a colon. */
export function isQaParagraph(line: string): boolean {
  return /^(?:问|答|Q|A)\s*[:：]/u.test(line.trim());
}
