// Rule: page furniture. What stands on the page among the stories but belongs to none:
// advertising boxes and their phone numbers, the masthead and footer lines of page 1,
// staff lines away from the page header, the paper's own QR blocks, a table of
// contents (导读), classified notices, and the e-paper site's navigation and comments.
// Each kind has a name, for the message that reports it.
import type { LineGroup } from '../tokenize.ts';
import { endsSentence, hanCount, HAN_CLASS } from '../text.ts';
import { parseCreditLine, parseDateline } from './byline.ts';
import { isStaffLine, readPageLabel } from './page-header.ts';

export type FurnitureKind = 'advertising' | 'phone' | 'masthead' | 'hotline' | 'staff' | 'app-qr' | 'site-navigation' | 'site-comment' | 'contents' | 'notice';

/** What each kind is, in the words of the message that reports it. */
export const FURNITURE_NAMES: Record<FurnitureKind, string> = {
  advertising: 'advertising box',
  phone: 'phone number',
  masthead: 'masthead or footer line',
  hotline: 'hotline',
  staff: 'staff line',
  'app-qr': "the paper's QR block",
  'site-navigation': "the e-paper site's navigation",
  'site-comment': "the e-paper site's comment",
  contents: 'table of contents (导读)',
  notice: 'notice (声明, 公告)',
};

const AD_WORD = /广告|热线|招商|订阅|咨询电话|服务电话|联系电话/u;
/** A box on its own line holds nothing but its label: `广告`, `招商热线`. */
const AD_LABEL = /^(?:广告|\S{0,4}热线|\S{0,2}电话|招商|订阅)$/u;

function isBoxFragment(line: string): boolean {
  return line.length <= 6 && !endsSentence(line);
}

/** A lone phone number or code: digits, no words. */
function isBareNumber(group: LineGroup): boolean {
  const text = group.lines.join(' ');
  return hanCount(text) === 0 && (text.match(/\d/g)?.length ?? 0) >= 7 && /^[\d\s\-+()（）]+$/u.test(text);
}

const PHONE = String.raw`[\d\-－—+()（）]{7,}`;
/** Lines of hotlines and their numbers only, an advertising label before them or not: `新闻热线:28827110 广告热线:28835396`, `分类广告 刊登热线:28829120`. */
const HOTLINE = new RegExp(`^(?:\\S{0,4}广告\\s+)?(?:\\S{0,6}(?:热线|电话)\\s*[:：]?\\s*${PHONE}(?:\\s*[、,，]?\\s*${PHONE})*\\s*)+$`, 'u');

/**
 * The masthead and footer of page 1, by their forms: the paper's name one character a
 * cell (`株 洲 日 报`), its serial numbers (`国内统一连续出版物号 CN43-0022`, `邮发代号
 * 41-2`), the issue (`第12345期 总第23456期`, `本期8版`), the day with its weekday and
 * lunar date, and who publishes it (`主管主办:…`).
 */
const MASTHEAD = [
  // A paper's name ends in 报; a headline set one character a cell does not.
  new RegExp(`^[${HAN_CLASS}](?:[ \\u3000]+[${HAN_CLASS}]){1,6}[ \\u3000]+报$`, 'u'),
  /(?:国内统一连续出版物号|国际标准连续出版物号)|^CN\s*\d{2}\s*[-－]\s*\d{4}/u,
  /^邮发代号\s*[:：]?\s*\d{1,2}\s*[-－]\s*\d{1,3}/u,
  /^(?:第\s*[\d,，]+\s*期\s*)?(?:[(（]?总第\s*[\d,，]+\s*期[)）]?)?$/u,
  /^(?:本期|今日)\s*\d{1,3}\s*版$/u,
  /^(?:主管主办|主管|主办|出版)\s*[:：]/u,
];
const DATE_PART = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]|周[一二三四五六日]|农历\S{4,12}/gu;

/** The day as the masthead prints it: a weekday or the lunar date, with nothing but the day beside them. */
function isMastheadDate(line: string): boolean {
  if (!/星期|农历/u.test(line)) return false;
  return line.replace(DATE_PART, '').trim() === '';
}

/**
 * The pieces a masthead or footer line is made of, set side by side with spaces: the
 * issue (`第12893期`, `总第12893期`, `今日8版`), the day and its lunar date (`乙巳年五月初九`),
 * who publishes it (`株洲日报社主管主办`, `株洲日报社出版`), the serial numbers, and the
 * footer's labelled facts (`本报地址:…`, `印刷:…`, `零售价:1.50元`).
 */
const MASTHEAD_PART = [
  /^(?:总?第[\d,，]+期|(?:本期|今日|共)\d{1,3}版)$/u,
  /^(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\S{2,6}$/u,
  new RegExp(`^[${HAN_CLASS}]{2,16}(?:主管主办|主管|主办|承办|出版)$`, 'u'),
  /^(?:国内统一连续出版物号|国际标准连续出版物号|CN|邮发代号)/u,
  /^(?:本报地址|社址|地址|印刷|零售价|定价|邮编|邮政编码|广告经营许可证|传真)\s*[:：]\S+$/u,
];
const isMastheadPart = (part: string) => MASTHEAD_PART.some((form) => form.test(part));
/** The day beside them; a day alone is no masthead (a notice is signed with one). */
const DAY_PART = /^(?:\d{4}年\d{1,2}月\d{1,2}日|星期[一二三四五六日天]|周[一二三四五六日]|农历\S{4,12})$/u;
const isMastheadParts = (parts: string[]) => parts.some(isMastheadPart) && parts.every((p) => isMastheadPart(p) || DAY_PART.test(p));

/** The paper's name in Latin capitals under its Chinese one: `ZHUZHOU DAILY`. */
const LATIN_NAME = /^[A-Z]{2,}(?: [A-Z]{2,}){1,4}$/u;

function isMastheadLine(line: string): boolean {
  if ([...line].length > 60 || endsSentence(line)) return isMastheadDate(line);
  return MASTHEAD.some((form) => form.test(line)) || isMastheadDate(line) || LATIN_NAME.test(line) || isMastheadParts(line.split(/\s+/u));
}

/** The paper's own apps and accounts: `扫码下载掌上株洲客户端`, `关注株洲日报微信公众号`. */
const APP_QR = /(?:^|\s)(?:扫码|扫描二维码|扫一扫|长按识别|关注|下载).{0,20}(?:客户端|APP|App|app|公众号|视频号|抖音号)/u;

/** The e-paper site's links: `上一篇`, `下一篇:…`, `返回目录`, `版面导航`. */
const SITE_LINK = /^(?:(?:上一篇|下一篇)(?:\s*[:：].*)?|返回目录|返回首页|返回版面|版面导航|版面目录)$/u;
const COMMENT_OPEN = /^(?:<!--|-->)/u;
const COMMENT_CLOSE = /-->$/u;

/** The kind of one line that is furniture by its form, or null. */
function lineKind(line: string): FurnitureKind | null {
  // Links may stand side by side on one line: `上一篇   下一篇`, `返回版面 返回目录`.
  if (SITE_LINK.test(line) || line.split(/\s+/u).every((link) => SITE_LINK.test(link))) return 'site-navigation';
  if (HOTLINE.test(line)) return 'hotline';
  if (isStaffLine(line)) return 'staff';
  if (isMastheadLine(line)) return 'masthead';
  if (APP_QR.test(line) && !endsSentence(line) && [...line].length <= 30) return 'app-qr';
  return null;
}

/** The kind of a group that is furniture by itself, or null. */
export function furnitureKind(group: LineGroup, previousWasFurniture: boolean): FurnitureKind | null {
  const text = group.lines.join('\n');
  if (COMMENT_OPEN.test(text) && COMMENT_CLOSE.test(text) && text.length > 3) return 'site-comment';
  if (group.lines.length === 1 && AD_LABEL.test(group.lines[0] as string)) return 'advertising';
  if (group.lines.length > 1 && group.lines.every(isBoxFragment) && group.lines.some((l) => AD_WORD.test(l))) return 'advertising';
  if (isBareNumber(group) && (previousWasFurniture || group.lines.length === 1)) return 'phone';
  // A group whose every line is furniture (the masthead's lines together) is named by its first.
  const kinds = group.lines.map(lineKind);
  return kinds.every((k) => k !== null) ? (kinds[0] ?? null) : null;
}

export function isFurniture(group: LineGroup, previousWasFurniture: boolean): boolean {
  return furnitureKind(group, previousWasFurniture) !== null;
}

const CONTENTS_LABEL = /^(?:今日|本期|本版)?导读[:：]?$/u;
/** A dot leader between a headline and its page: `……`, `···`, `--`. */
const LEADER = /[.·…—\-－]{2,}/gu;

/** A line of a table of contents: a page label and a headline, the page at either end. */
function isContentsEntry(line: string): boolean {
  const text = line.replace(LEADER, ' ').trim();
  const parts = /^(\S+)\s*(.+?)\s*$/u.exec(text);
  const end = /^(.+?)\s+(\S+)$/u.exec(text);
  const isPage = (label: string) => readPageLabel(label)?.section === null || /^\d{1,2}$/u.test(label);
  const headline = (h: string) => hanCount(h) >= 4 && [...h].length <= 40 && !endsSentence(h);
  return (!!parts && isPage(parts[1] as string) && headline(parts[2] as string)) || (!!end && isPage(end[2] as string) && headline(end[1] as string));
}

/**
 * A 导读 label and the lines of headlines and pages under it, on its lines or in the
 * groups that follow; or such lines without the label, two or more in a row: a page
 * header (`A03 要闻`) is never followed by another.
 */
function readContents(groups: LineGroup[], index: number): number {
  const group = groups[index] as LineGroup;
  const labelled = CONTENTS_LABEL.test(group.lines[0] as string);
  if (!(labelled ? group.lines.slice(1) : group.lines).every(isContentsEntry)) return 0;
  let entries = labelled ? group.lines.length - 1 : 0;
  let end = labelled ? index + 1 : index;
  while (groups[end]?.lines.every(isContentsEntry)) {
    entries += (groups[end] as LineGroup).lines.length;
    end++;
  }
  return entries > (labelled ? 0 : 1) ? end - index : 0;
}

/** A classified's heading: `遗失声明`, `声明`, `公告`, `XX公司减资公告`. */
const NOTICE_HEADING = /^\S{0,20}(?:声明|公告|启事|通告)$/u;
/** A notice's heading, letter-spaced as a heading is set (`公 告`, `遗 失 声 明`) or not. */
const isNoticeHeading = (line: string) => NOTICE_HEADING.test(/^\p{Script=Han}(?:\s\p{Script=Han})+$/u.test(line) ? line.replace(/\s+/gu, '') : line);
/** The words a notice closes with: 特此声明, 特此公告, 声明作废. */
const NOTICE_CLOSE = /特此(?:声明|公告|通告|启事|通知)|声明作废|作废[。.]?$/u;
/** A notice may close with whom to call instead: `…申报债权。联系电话:13807330000`. */
const NOTICE_CONTACT = /[。.]\s*联系(?:电话|人)?\s*[:：]\s*\S{0,6}\d[\d\-－]{6,}\d$/u;
const NOTICE_DAY = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[。.]?$/u;
const NOTICE_PHONE = /\d[\d\-－\s]{6,}\d/u;
/**
 * What signs a notice under its text: the day or a phone, with the issuer's name beside
 * them. A short line alone is not one: it may be the next story's headline.
 */
function isSignature(lines: string[]): boolean {
  const dated = (l: string) => NOTICE_DAY.test(l) || (NOTICE_PHONE.test(l) && [...l].length <= 40);
  return lines.some(dated) && lines.every((l) => dated(l) || ([...l].length <= 30 && !endsSentence(l)));
}
/** How many groups from `j` sign a notice: one, or two when the issuer and the day stand in groups of their own. */
function signatureSize(groups: LineGroup[], j: number): number {
  const lines = (groups[j] as LineGroup).lines;
  if (isSignature(lines)) return 1;
  const next = groups[j + 1];
  return next && isSignature([...lines, ...next.lines]) ? 2 : 0;
}
/** A notice is short: a story under the same heading runs longer. */
const MAX_NOTICE_LENGTH = 400;

/**
 * A classified notice: its heading, short text without any byline or dateline, closing
 * with 特此声明 / 特此公告 / 声明作废, and the issuer, the day and a phone under it. A news
 * story headlined 公告 carries a byline, or runs on in prose without the closing words.
 */
function readNotice(groups: LineGroup[], index: number): number {
  const first = groups[index] as LineGroup;
  if (!isNoticeHeading(first.lines[0] as string)) return 0;
  let closed = -1;
  let length = 0;
  for (let j = index; j < groups.length && j < index + 10; j++) {
    const group = groups[j] as LineGroup;
    const lines = j === index ? group.lines.slice(1) : group.lines;
    if (j > index && isNoticeHeading(group.lines[0] as string)) break;
    if (lines.some((l) => parseCreditLine(l) !== null || parseDateline(l) !== null)) return 0;
    length += lines.join('').length;
    if (length > MAX_NOTICE_LENGTH) break;
    if (lines.some((l) => NOTICE_CLOSE.test(l) || NOTICE_CONTACT.test(l))) closed = j;
    // Signed under its text with whom to call (`清算组联系人:郭先生 电话:…`), it closes there too.
    else if (closed < 0 && j > index + 1 && isSignature(lines)) closed = j;
    else if (closed >= 0) {
      const size = signatureSize(groups, j);
      if (size === 0) break;
      closed = j + size - 1;
      j = closed;
    }
  }
  return closed >= 0 ? closed - index + 1 : 0;
}

/**
 * An advertising box: its label (`广告`), a few short lines that are no sentence (the
 * advertiser's slogan), and its phone closing it. Without the phone the lines under the
 * label may be the next story's headline, so they are not taken.
 */
function readAdvert(groups: LineGroup[], index: number): number {
  const label = groups[index] as LineGroup;
  if (label.lines.length !== 1 || !AD_LABEL.test(label.lines[0] as string)) return 0;
  for (let j = index + 1; j < groups.length && j <= index + 4; j++) {
    const group = groups[j] as LineGroup;
    if (j > index + 1 && (group.lines.every((l) => HOTLINE.test(l)) || isBareNumber(group))) return j - index + 1;
    if (!group.lines.every((l) => [...l].length <= 30 && !endsSentence(l) && !/[,，。]/u.test(l))) return 0;
  }
  return 0;
}

/** An e-paper comment from `<!--` or `-->` to the `-->` that closes it, over several groups. */
function readComment(groups: LineGroup[], index: number): number {
  if (!COMMENT_OPEN.test((groups[index] as LineGroup).lines[0] as string)) return 0;
  for (let j = index; j < groups.length && j < index + 20; j++) {
    const last = (groups[j] as LineGroup).lines.at(-1) as string;
    if (COMMENT_CLOSE.test(last) && (j > index || (groups[j] as LineGroup).lines.join('\n').length > 3)) return j - index + 1;
  }
  return 0;
}

/**
 * Furniture that takes several groups, starting at group `index`: a table of contents
 * under its 导读 label, a classified notice, a comment of the e-paper site, an advertising box. Returns its
 * kind and how many groups it takes, or null; single groups are `furnitureKind`'s.
 */
export function readFurnitureBlock(groups: LineGroup[], index: number): { kind: FurnitureKind; size: number } | null {
  if (!groups[index]) return null;
  const readers: Array<[FurnitureKind, (g: LineGroup[], i: number) => number]> = [
    ['contents', readContents],
    ['notice', readNotice],
    ['site-comment', readComment],
    ['advertising', readAdvert],
  ];
  for (const [kind, read] of readers) {
    const size = read(groups, index);
    if (size > 0) return { kind, size };
  }
  return null;
}
