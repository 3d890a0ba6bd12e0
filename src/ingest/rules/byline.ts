// Rule: byline (署名/电头). A byline names who wrote and who photographed a story,
// each name under its title: 全媒体记者/记者 are the paper's reporters, 通讯员 its
// correspondents, 文/ the writer, 图/ and a closing 摄 the photographers.
import type { Credit, CreditRole } from '../types.ts';
import { HAN_CLASS } from '../text.ts';

/**
 * A title: the role word (记者, 通讯员, 评论员, 实习生) with the qualifiers a paper puts
 * before it (全媒体, 首席, 特约, 见习…). 摄影记者 are photographers.
 */
const TITLE = /(?:全媒体|融媒体|首席|特约|特派|见习|实习|资深|驻站|摄影|本报)*(?:记者|通讯员|评论员)$|实习生$|作者$/u;
function roleOfTitle(title: string): CreditRole {
  if (title.endsWith('通讯员')) return 'correspondent';
  if (title.endsWith('实习生')) return 'intern';
  return title.includes('摄影记者') ? 'photographer' : 'reporter';
}
/** Short titles that count only with a slash or colon after them (`文/胡丽`): bare, they are too common in names. */
const SLASH_ROLES: Array<[string, CreditRole]> = [
  ['摄影', 'photographer'],
  ['文', 'reporter'],
  ['图', 'photographer'],
  ['图文', 'reporter'],
  ['文图', 'reporter'],
  ['作者', 'reporter'],
];
/**
 * A paper, agency or station by the form of its name: a place and what it is
 * (株洲晚报, 湖南日报, 新华社, 醴陵市融媒体中心).
 */
const PAPER = `[${HAN_CLASS}]{2,8}?(?:日报|晚报|都市报|新闻网|电视台|广播电视台|融媒体中心)`;
const AGENCY = `[${HAN_CLASS}]{2,8}?社`;
const MEDIA = `(?:${PAPER}|${AGENCY})`;
/** The paper's own names in front of a byline (`株洲日报全媒体记者/…`, `株洲晚报融媒体记者/…`). */
const OUTLET = new RegExp(`^(?:本报|掌上株洲|${MEDIA})(?:[·・]\\S{0,8})?$`, 'u');
/**
 * The spaces between a byline's parts "vary and may be missing": a title glued to the
 * name after it (`记者李逸峰`, `通讯员冯帅`) or a name glued to the next title
 * (`李逸峰通讯员`) is cut apart.
 */
const TITLE_THEN_NAME = new RegExp(`^(.*?(?:记者|通讯员|评论员|实习生))([${HAN_CLASS}]{2,4})$`, 'u');
function unglue(token: string): string[] {
  const titled = TITLE.exec(token);
  if (titled && titled.index > 0) {
    const before = token.slice(0, titled.index);
    if (NAME.test(before) && !OUTLET.test(before)) return [before, token.slice(titled.index)];
  }
  const lead = TITLE_THEN_NAME.exec(token);
  if (lead && TITLE.test(lead[1] as string) && NAME.test(lead[2] as string)) return [lead[1] as string, lead[2] as string];
  return [token];
}

/** Words after the names that say what they did, not who they are. */
const ACTION = new Set(['报道', '整理', '采写', '供稿', '编译', '执笔']);
/** An ornament that sets a columnist's name apart: `□ 张三`. */
export const ORNAMENT = /^[■□●○◎◆◇★☆]\s*/u;
/** A byline set apart by an ornament, which a commentary's signature carries. */
export const isOrnamented = (line: string) => ORNAMENT.test(line.trim());
/** A staff byline without a name: `本报评论员`, `特约评论员`. */
const STAFF_SIGNATURE = new RegExp(`^[${HAN_CLASS}]{0,4}评论员$`, 'u');
/** The genre a staff commentator writes, `本报评论员文章`: a label over a headline, naming no one (文章 is "article"). */
const STAFF_GENRE = /评论员文章$/u;
/** The author's unit in brackets beside a signature: `(作者单位:株洲市社会科学院) 汪 平`, `张三(作者系市委党校教授)`. */
const AUTHOR_UNIT = /[(（]\s*(?:作者单位|作者系|作者为|作者是)[^()（）]*[)）]/u;
/** The author's unit on a line of its own, under the signature. */
export const isAuthorUnit = (line: string) => new RegExp(`^${AUTHOR_UNIT.source}$`, 'u').test(line.trim());
const ROLE_MARK = /记者|通讯员|评论员|实习生|作者|资料图|供图|翻拍|摄(?:影报道)?$|[/／:：]/u;
/** A closing mark that makes the names before it photographers even with no title: `张三 摄`, `张三摄`, `(张三/摄)`. */
const SHOT = /(?:摄|翻拍|摄影报道)$/u;
/** `图/文`, `文/图`: the named wrote the story and took its photos (`记者/张三 (图/文)`). */
const TEXT_AND_PHOTOS = /[(（]\s*(?:图\s*[/／]\s*文|文\s*[/／]\s*图)\s*[)）]|(?:图\s*[/／]\s*文|文\s*[/／]\s*图)(?!\s*[/／])/gu;
/** A photo lent by an archive and photographed again: `供图 株洲市档案馆 张三 翻拍`; the lender is no person. */
const REPHOTOGRAPHED = /^供图(?:\s+\S.*?)?\s+(\S+)\s*翻拍$/u;
const GLUED_NAMES = new RegExp(`^[${HAN_CLASS}]{6}$|^[${HAN_CLASS}]{9}$`, 'u');
const THREE_HAN = new RegExp(`[${HAN_CLASS}]{3}`, 'gu');
const NAME = new RegExp(`^(?:[${HAN_CLASS}]{2,4}|[${HAN_CLASS}]{1,6}[·・][${HAN_CLASS}]{1,6})$`, 'u');
const ONE_HAN = new RegExp(`^[${HAN_CLASS}]$`, 'u');
const isSlash = (token: string | undefined) => token === '/' || token === '／' || token === ':' || token === '：';

/**
 * Names as the page sets them, one cell a character: a two-character name is padded to
 * three cells with a space (`唐 庆`), so a run of single characters between names pairs
 * into two-character names (`唐 庆 李四` is 唐庆 and 李四). A run of odd length cannot be
 * paired and is no list of names (null). Returns the names and the index after the run,
 * always past `from`.
 */
function readPaddedNames(tokens: string[], from: number): { names: string[]; end: number } | null {
  let end = from;
  // The run stops at a closing 摄 and at a role before a slash (`图/…`); a name's last
  // character may stand before one (`(刘 涛/摄)`).
  const role = (k: number) => isSlash(tokens[k + 1]) && SLASH_ROLES.some(([t]) => t === tokens[k]);
  while (ONE_HAN.test(tokens[end] ?? '') && tokens[end] !== '摄' && !role(end)) end++;
  // No run at all (one character before a slash: `涛/摄`) is no name either.
  if (end === from || (end - from) % 2 !== 0) return null;
  const names: string[] = [];
  for (let k = from; k < end; k += 2) names.push(`${tokens[k]}${tokens[k + 1]}`);
  return { names, end };
}

export interface CreditLine {
  credits: Credit[];
  /** A closing 摄 or 供图: the line credits a photo. */
  photo: boolean;
}

/**
 * Reads a line made only of credits (`株洲日报全媒体记者/何春林`, `通讯员/赵雷 肖思飞`,
 * `文/胡丽 图/黄智鸿`, `记者/何春林 摄`, `通讯员 供图`, `资料图`, `本报记者 唐 庆`,
 * `张三摄`, `(张三/摄)`, `记者/张三 (图/文)`). Returns null when the line holds anything
 * else, so prose is never mistaken for a byline. Whoever is credited with both text and
 * photos (`(图/文)`, `摄影报道`) is listed twice, as reporter and as photographer.
 */
export function parseCreditLine(line: string): CreditLine | null {
  const ornamented = isOrnamented(line);
  const text = line
    .trim()
    .replace(ORNAMENT, '')
    .replace(/^[(（](.*)[)）]$/u, '$1')
    .trim();
  if (!text || STAFF_GENRE.test(text)) return null;
  // Credits need a role: a title, a role before a slash or colon, a photo's mark or 资料图.
  // Most lines of a page have none of these, and are turned away before they are cut into tokens.
  if (!ornamented && !ROLE_MARK.test(text)) return null;
  const words = text.split(/[\s\u3000、]+/u);
  // A columnist's ornamented name alone (`□ 张三`) is the author's byline; an ornament
  // over several short words (`◆ 订单足 岗位多`) marks a subhead.
  if (ornamented && words.length === 1 && NAME.test(words[0] as string)) {
    return { credits: [{ role: 'reporter', name: words[0] as string }], photo: false };
  }
  const lent = REPHOTOGRAPHED.exec(text);
  if (lent) return NAME.test(lent[1] as string) ? { credits: [{ role: 'photographer', name: lent[1] as string }], photo: true } : null;
  let both = false;
  const unmarked = text.replace(TEXT_AND_PHOTOS, () => {
    both = true;
    return ' ';
  });
  const tokens = unmarked
    .split(/(\/|／|:|：)|[\s\u3000、,，]+/u)
    .filter((t): t is string => !!t)
    .flatMap(unglue);
  // With no title before them, names before a closing 摄 are the photographers'.
  const untitled: CreditRole | null = SHOT.test(text.replace(/[)）]$/u, '')) ? 'photographer' : null;
  const credits: Credit[] = [];
  let role: CreditRole | null = null;
  let photo = false;
  let sawRole = both;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] as string;
    const slashNext = isSlash(tokens[i + 1]);
    if (isSlash(token)) continue;
    if (/^[(（]?资料图[)）]?$/u.test(token)) {
      photo = true;
      sawRole = true;
      continue;
    }
    if (token === '摄' || token === '供图' || token === '摄影' || token === '翻拍') {
      if (token === '摄影' && slashNext) {
        role = 'photographer';
        sawRole = true;
        continue;
      }
      photo = true;
      continue;
    }
    if (token === '摄影报道') {
      both = true;
      continue;
    }
    const slashRole = SLASH_ROLES.find(([t]) => t === token);
    if (slashRole && slashNext) {
      role = slashRole[1];
      sawRole = true;
      if (token === '图文' || token === '文图') both = true;
      continue;
    }
    if (token.length > 2 && token.endsWith('供图')) {
      token = token.slice(0, -2);
      photo = true;
    }
    if (ACTION.has(token) && credits.length > 0) continue;
    const titled = TITLE.exec(token);
    if (titled) {
      const outlet = token.slice(0, titled.index);
      if (outlet === '' || OUTLET.test(outlet)) {
        role = roleOfTitle(titled[0]);
        sawRole = true;
        continue;
      }
      // `何春林记者`? Not a shape this paper prints: fall through and fail as a name.
    }
    if (token.endsWith('摄') && token.length >= 3 && NAME.test(token.slice(0, -1))) {
      token = token.slice(0, -1);
      photo = true;
    }
    if (role === null && untitled) {
      role = untitled;
      sawRole = true;
    }
    if (role === null) return null;
    if (ONE_HAN.test(token)) {
      const padded = readPaddedNames(tokens, i);
      if (!padded) return null;
      for (const name of padded.names) credits.push({ role, name });
      i = padded.end - 1;
      continue;
    }
    // Names glued without a space right after a title's slash (`通讯员/叶云程程海亮`): most
    // names have three characters, so a run of exactly six or nine is read as names of
    // three; anything else is not a byline.
    const afterSlash = isSlash(tokens[i - 1]);
    const glued = afterSlash && GLUED_NAMES.test(token) ? (token.match(THREE_HAN) ?? []) : [token];
    if (!glued.every((n) => NAME.test(n))) return null;
    for (const name of glued) credits.push({ role, name });
  }
  if (!sawRole) return null;
  if (both) credits.push(...credits.filter((c) => c.role === 'reporter').map((c) => ({ role: 'photographer' as const, name: c.name })));
  return { credits, photo };
}

export interface Dateline {
  /** The dateline as printed, up to its closing bracket: `株洲日报(全媒体记者/李逸峰 通讯员/冯帅)`, `本报醴陵讯`, `据新华社电`. */
  text: string;
  /** The people it names; none in a dateline without a bracket (`本报讯 近日,…`). */
  credits: Credit[];
  /** The paragraph's own words after the dateline. */
  rest: string;
  /**
   * The agency whose wire copy this is (`新华社长沙5月30日电`, `据新华社电` → `新华社`): a
   * source, not a person. The dateline joins the article's bylines as printed; no
   * reporter is made of it, only of the names in its bracket.
   */
  source?: string;
}

/**
 * The head of a dateline that needs no bracket after it, by its form: a paper's 讯
 * with a county bureau's place between (`本报讯`, `本报醴陵讯`, `株洲日报讯`; not
 * `本报通讯员`, nor a 社's 资讯), or an agency's 电 after a place and a day
 * (`新华社长沙5月30日电`) or alone before a space or a bracket (`据新华社电 …`); 据 marks
 * reprinted copy, and with it the agency's name alone before a space is the dateline
 * (`据新华社 记者…`): prose after 据 goes on without a gap (`据新华社报道`).
 */
const DATELINE_HEAD = new RegExp(`^(据)?(?:(?:本报|${PAPER})[${HAN_CLASS}]{0,6}?讯(?!员)` + `|(${AGENCY})(?:[${HAN_CLASS}]{1,8}?\\d{1,2}月\\d{1,2}日(?:专)?电|电(?=[\\s\\u3000(（,，]|$)|(?<=^据.+)(?=[\\s\\u3000])))`, 'u');

/**
 * The inline byline that opens a news story's first paragraph:
 * `株洲日报(全媒体记者/李逸峰 通讯员/冯帅) 5月30日,…`, `株洲日报讯(…)`,
 * `本报讯(记者 X)…`, `新华社北京5月30日电(记者 X)…`, and the heads that stand without a
 * bracket (`本报醴陵讯 近日,…`, `新华社长沙5月30日电 …`, `据新华社电`). The outlet part
 * is short and a bracket must hold credits, so a paragraph that merely opens with a
 * parenthesis, or with 本报 in a sentence, is left alone.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const head = DATELINE_HEAD.exec(paragraph);
  const bracketed = /^([^\s(（]{2,24}?)\s*[(（]([^()（）]{2,80})[)）]/u.exec(paragraph);
  const outlet = bracketed?.[1] as string | undefined;
  const line = outlet && /(?:日报|晚报|报|讯|电|社|台|网)$/u.test(outlet) ? parseCreditLine(bracketed?.[2] as string) : null;
  const credited = line && line.credits.length > 0 ? line : null;
  const match = credited ? (bracketed?.[0] as string) : head?.[0];
  if (!match) return null;
  const rest = paragraph.slice(match.length).replace(/^[\s\u3000]+/u, '');
  if (!rest) return null;
  const dateline: Dateline = { text: match.trim(), credits: credited?.credits ?? [], rest };
  if (head?.[2]) dateline.source = head[2];
  return dateline;
}

export interface ClosingByline extends CreditLine {
  /** The paragraph's own words before the byline; empty when the paragraph is only the byline. */
  text: string;
  /** The byline as printed: `(株洲日报全媒体记者/X 通讯员/Y)`, `通讯员X`. */
  byline: string;
}

/** Where a sentence ends: a closing mark, with the quote or bracket that closes it. */
const SENTENCE_CLOSE = /[。!?！？…;；][”’」』)）]*$/u;

/**
 * The byline at the end of a story's last paragraph, as briefs sign: in brackets after the
 * last sentence (`…。(株洲日报全媒体记者/X 通讯员/Y)`), or after two or more spaces
 * (`…。  通讯员X`), or a paragraph that is only the bracket. Only when what follows the
 * sentence's end is wholly credits; a bracket of anything else stays the story's words.
 */
export function readClosingByline(paragraph: string): ClosingByline | null {
  const trimmed = paragraph.trim();
  const bracket = /[(（]([^()（）]{2,80})[)）]$/u.exec(trimmed);
  // The last run of two spaces or more: a byline holds single spaces only (`记者 唐 庆`).
  const spaced = /(?:[ \u00a0]{2,}|\u3000+)((?:(?![ \u00a0]{2}|\u3000).)+)$/u.exec(trimmed);
  for (const found of [bracket, spaced]) {
    if (!found) continue;
    const text = trimmed.slice(0, found.index).trimEnd();
    if (text && !SENTENCE_CLOSE.test(text)) continue;
    const line = parseCreditLine(found[1] as string);
    if (line && (line.credits.length > 0 || line.photo)) return { text, byline: found[0].trim(), ...line };
  }
  return null;
}

export interface Signature {
  text: string;
  credits: Credit[];
  /** Set apart by an ornament (`□ 张三`), which only a byline carries. */
  ornamented: boolean;
}

/**
 * A commentary's signature: a line that is only a name (`张三`, the padded `唐 庆`, two
 * authors `张三 李四`) or one ornamented name (`□ 张三`, `□ 许 可`), with the author's unit in brackets
 * beside it or not. A name alone could be a short heading too: the parser takes it as a
 * signature by its place, closing a commentary.
 */
export function readSignature(line: string): Signature | null {
  const text = line.trim();
  const ornamented = isOrnamented(text);
  // An ornament sets apart a byline that names a role and no one (`□ 本报评论员`).
  if (ornamented && STAFF_SIGNATURE.test(text.replace(ORNAMENT, ''))) return { text, credits: [], ornamented };
  // The author's unit beside the names is printed with them, and names no one.
  const tokens = text
    .replace(ORNAMENT, '')
    .replace(AUTHOR_UNIT, ' ')
    .split(/[\s\u3000、]+/u)
    .filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (NAME.test(tokens[i] as string)) {
      names.push(tokens[i] as string);
      continue;
    }
    const padded = readPaddedNames(tokens, i);
    if (!padded || padded.end === i) return null;
    names.push(...padded.names);
    i = padded.end - 1;
  }
  // An ornament sets one columnist's name apart; over several short words it marks a subhead (`◆ 订单足 岗位多`).
  if (names.length === 0 || (ornamented && names.length > 1)) return null;
  return { text, credits: names.map((name) => ({ role: 'reporter' as const, name })), ornamented };
}

/** Sorts credits into the article's three lists, each name once, in print order; an intern goes in none. */
export function addCredits(target: { reporters: string[]; correspondents: string[]; photographers: string[] }, credits: Credit[], photo: boolean): void {
  for (const { role, name } of credits) {
    if (role === 'intern') continue;
    const list = photo || role === 'photographer' ? target.photographers : role === 'correspondent' ? target.correspondents : target.reporters;
    if (!list.includes(name)) list.push(name);
  }
}

/** A line set apart by an ornament that is no columnist's signature: a marked subhead (`◆ 银行上门 手续简化`). */
export const isMarkedLine = (line: string): boolean => isOrnamented(line) && readSignature(line) === null;
