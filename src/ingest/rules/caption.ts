// Rule: photo caption (图片说明). The photos are not in the dump, but their captions
// are: a line that points at the photo (▲ ◀ ▶ ▼), names it (`图①`, `图为…`) or ends
// with the photo's credit (`记者/何春林 摄`, `(张三/摄)`, `通讯员 供图`, `资料图`).
import { parseCreditLine, type CreditLine } from './byline.ts';
import { endsSentence, hanCount } from '../text.ts';

export interface Caption {
  text: string;
  credit: string | null;
  creditLine: CreditLine | null;
}

/** Marks pointing at the photo the caption sits beside. */
const PHOTO_MARKER = /^[▲△▼▽◀◁▶▷↑]/u;
/** `图为…`, `上图:…`, `图①…`, `图1:…`: the words a caption opens with, naming its photo. */
const PHOTO_OPENER = /^(?:图为|[上下左右]图[:：]|图[一二三四五六七八九十\d]{1,2}[:：]|图[①-⑳])/u;
/** What a caption standing alone in a photo's or a QR code's gap opens with. */
const GAP_OPENER = /^(?:扫码|扫描(?:上方|下方|左侧|右侧)?二维码|扫一扫|图为)/u;
/** A photo essay's number: `1、…`, `2.…`, `③…`; Chinese numerals (`一、`) number subheads. */
// A digit after a point makes a decimal (`1.5万`); after `、` it opens the caption (`1、6月1日…`).
const PHOTO_NUMBER = /^(?:\d{1,2}(?:、|[.．](?!\d))|[①-⑳])\s*/u;

/** A credit line that credits only a photo (`记者/何春林 摄`, `图/黄智鸿`), no writer (`文/胡丽 图/黄智鸿`). */
export function isPhotoCredit(line: CreditLine | null): line is CreditLine {
  return !!line && (line.photo || (line.credits.length > 0 && line.credits.every((c) => c.role === 'photographer')));
}

/** Captions are a sentence or two; a long text ending in a credit is a story's last paragraph. */
export const MAX_CAPTION_LENGTH = 120;

/**
 * Splits a caption from the photo credit at its end. The credit starts after the
 * caption's sentence ends or after a space, so the split point is looked for there.
 */
export function readCaption(line: string): Caption | null {
  if ([...line].length > MAX_CAPTION_LENGTH) return null;
  // A credit in brackets (`(张三/摄)`) starts at its bracket.
  const cuts = [...line.matchAll(/[。!?！？…)）”]|\s+|(?=[(（])/gu)].map((m) => (m.index ?? 0) + m[0].length);
  for (const cut of cuts) {
    const text = line.slice(0, cut).trim();
    const credit = line.slice(cut).trim();
    if (!text || !credit) continue;
    const creditLine = parseCreditLine(credit);
    // The first credit found is the whole credit: a writer in it makes it a story's close.
    if (creditLine) return isPhotoCredit(creditLine) ? { text, credit, creditLine } : null;
  }
  // A credit in words: `(图片由株洲市总工会提供)`.
  const provided = /^(.*?)\s*([(（]?图片(?:由|来源[:：]).{1,24}?(?:提供)?[)）]?)$/u.exec(line);
  if (provided?.[1]) return { text: (provided[1] as string).trim(), credit: provided[2] as string, creditLine: null };
  // Credits printed without a space: `…合影。通讯员供图`.
  const glued = /^(.*[。!?！？])(\S{2,20})$/u.exec(line);
  if (glued) {
    const creditLine = parseCreditLine(glued[2] as string);
    if (isPhotoCredit(creditLine)) return { text: (glued[1] as string).trim(), credit: glued[2] as string, creditLine };
  }
  if (PHOTO_MARKER.test(line) || PHOTO_OPENER.test(line)) return { text: line, credit: null, creditLine: null };
  return null;
}

/**
 * A numbered caption of a photo essay (`1、市民在公园晨练。张三 摄`): a number, then a
 * caption's words — short, and either credited or a complete sentence. The same number
 * opens numbered paragraphs, so whether it is a caption is the parser's to decide by
 * its place (a run of them in a photo's gap, other numbered captions around it).
 */
export function readNumberedCaption(line: string): (Caption & { number: string }) | null {
  const number = PHOTO_NUMBER.exec(line);
  if (!number) return null;
  const body = line.slice(number[0].length);
  if (hanCount(body) < 4) return null;
  // The caption keeps its number, as printed.
  const caption = readCaption(body);
  if (caption?.creditLine) return { ...caption, text: number[0] + caption.text, number: number[0].trim() };
  if ([...line].length > MAX_CAPTION_LENGTH || !endsSentence(body)) return null;
  return { text: line, credit: null, creditLine: null, number: number[0].trim() };
}

/**
 * A caption without credit that stands alone in the gap a photo or a QR code left:
 * `扫码观看视频`, `扫描二维码报名`, `图为活动现场`. Its words often repeat the paragraph
 * beside it; the parser decides by the blank lines around it.
 */
export function isGapCaption(text: string): boolean {
  return GAP_OPENER.test(text.trim()) && [...text].length <= MAX_CAPTION_LENGTH;
}
