// Rule: photo caption (图片说明). The photos are not in the dump, but their captions
// are: a line that points at the photo (▲) or ends with the photo's credit
// (`记者/何春林 摄`, `通讯员 供图`, `资料图`).
import { parseCreditLine, type CreditLine } from './byline.ts';

export interface Caption {
  text: string;
  credit: string | null;
  creditLine: CreditLine | null;
}

const PHOTO_MARKER = /^[▲△▼▽↑]/u;
/** `图为…`, `上图:…`: the words a caption opens with. */
const PHOTO_OPENER = /^(?:图为|上图[:：]|下图[:：]|左图[:：]|右图[:：]|图[一二三四1-4][:：])/u;

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
  const cuts = [...line.matchAll(/[。!?！？…)）”]|\s+/gu)].map((m) => (m.index ?? 0) + m[0].length);
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
  if (provided && provided[1]) return { text: (provided[1] as string).trim(), credit: provided[2] as string, creditLine: null };
  // Credits printed without a space: `…合影。通讯员供图`.
  const glued = /^(.*[。!?！？])(\S{2,20})$/u.exec(line);
  if (glued) {
    const creditLine = parseCreditLine(glued[2] as string);
    if (isPhotoCredit(creditLine)) return { text: (glued[1] as string).trim(), credit: glued[2] as string, creditLine };
  }
  if (PHOTO_MARKER.test(line) || PHOTO_OPENER.test(line)) return { text: line, credit: null, creditLine: null };
  return null;
}
