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
  return title.includes('摄影记者') ? 'photographer' : 'reporter';
}
/** Short titles that count only with a slash or colon after them (`文/胡丽`): bare, they are too common in names. */
const SLASH_ROLES: Array<[string, CreditRole]> = [['摄影', 'photographer'], ['文', 'reporter'], ['图', 'photographer'], ['图文', 'reporter'], ['文图', 'reporter'], ['作者', 'reporter']];
/** The paper's own names in front of a byline (`株洲日报全媒体记者/…`). */
const OUTLET = /^(?:株洲日报|本报|掌上株洲|株洲新闻网|株洲晚报|新华社|人民日报|湖南日报)(?:[·・]\S{0,8})?$/u;
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
const ORNAMENT = /^[■□●○◎◆◇★☆]\s*/u;
const ROLE_MARK = /记者|通讯员|评论员|实习生|作者|资料图|[/／:：]/u;
const GLUED_NAMES = new RegExp(`^[${HAN_CLASS}]{6}$|^[${HAN_CLASS}]{9}$`, 'u');
const THREE_HAN = new RegExp(`[${HAN_CLASS}]{3}`, 'gu');
const NAME = new RegExp(`^(?:[${HAN_CLASS}]{2,4}|[${HAN_CLASS}]{1,6}[·・][${HAN_CLASS}]{1,6})$`, 'u');

export interface CreditLine {
  credits: Credit[];
  /** A closing 摄 or 供图: the line credits a photo. */
  photo: boolean;
}

/**
 * Reads a line made only of credits (`株洲日报全媒体记者/何春林`, `通讯员/赵雷 肖思飞`,
 * `文/胡丽 图/黄智鸿`, `记者/何春林 摄`, `通讯员 供图`, `资料图`). Returns null when the
 * line holds anything else, so prose is never mistaken for a byline.
 */
export function parseCreditLine(line: string): CreditLine | null {
  const ornamented = ORNAMENT.test(line.trim());
  const text = line.trim().replace(ORNAMENT, '').replace(/^[(（](.*)[)）]$/u, '$1');
  if (!text) return null;
  // Credits need a role: a title, a role before a slash or colon, or 资料图. Most lines of a
  // page have none of these, and are turned away before they are cut into tokens.
  if (!ornamented && !ROLE_MARK.test(text)) return null;
  // A columnist's ornamented name alone (`□ 张三`) is the author's byline.
  if (ornamented && text.split(/[\s\u3000、]+/u).every((n) => NAME.test(n))) {
    return { credits: text.split(/[\s\u3000、]+/u).map((name) => ({ role: 'reporter' as const, name })), photo: false };
  }
  const tokens = text.split(/(\/|／|:|：)|[\s\u3000、,，]+/u).filter((t): t is string => !!t).flatMap(unglue);
  const credits: Credit[] = [];
  let role: CreditRole | null = null;
  let photo = false;
  let sawRole = false;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] as string;
    const next = tokens[i + 1];
    const slashNext = next === '/' || next === '／' || next === ':' || next === '：';
    if (token === '/' || token === '／' || token === ':' || token === '：') continue;
    if (/^[(（]?资料图[)）]?$/u.test(token)) { photo = true; sawRole = true; continue; }
    if (token === '摄' || token === '供图' || token === '摄影') {
      if (token === '摄影' && slashNext) { role = 'photographer'; sawRole = true; continue; }
      photo = true; continue;
    }
    const slashRole = SLASH_ROLES.find(([t]) => t === token);
    if (slashRole && slashNext) { role = slashRole[1]; sawRole = true; continue; }
    if (token.length > 2 && token.endsWith('供图')) { token = token.slice(0, -2); photo = true; }
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
    if (token.endsWith('摄') && token.length >= 3 && NAME.test(token.slice(0, -1))) { token = token.slice(0, -1); photo = true; }
    // Names glued without a space right after a title's slash (`通讯员/叶云程程海亮`): most
    // names have three characters, so a run of exactly six or nine is read as names of
    // three; anything else is not a byline.
    const afterSlash = /^[/／:：]$/u.test(tokens[i - 1] ?? '');
    const glued = role !== null && afterSlash && GLUED_NAMES.test(token) ? token.match(THREE_HAN) ?? [] : [token];
    if (role === null || !glued.every((n) => NAME.test(n))) return null;
    for (const name of glued) credits.push({ role, name });
  }
  if (!sawRole) return null;
  return { credits, photo };
}

export interface Dateline {
  /** The dateline as printed, up to its closing bracket: `株洲日报(全媒体记者/李逸峰 通讯员/冯帅)`. */
  text: string;
  credits: Credit[];
  /** The paragraph's own words after the dateline. */
  rest: string;
}

/**
 * The inline byline that opens a news story's first paragraph:
 * `株洲日报(全媒体记者/李逸峰 通讯员/冯帅) 5月30日,…` or `株洲日报讯(…)`. The outlet
 * part is short and the bracket must hold credits, so a paragraph that merely opens
 * with a parenthesis is left alone.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const match = /^([^\s(（]{2,24}?)\s*[(（]([^()（）]{2,80})[)）]/u.exec(paragraph);
  if (!match) return null;
  const outlet = match[1] as string;
  if (!/(?:日报|晚报|报|讯|电|社|台|网)$/u.test(outlet)) return null;
  const line = parseCreditLine(match[2] as string);
  if (!line || line.credits.length === 0) return null;
  const rest = paragraph.slice(match[0].length).replace(/^[\s\u3000]+/u, '');
  if (!rest) return null;
  return { text: match[0].trim(), credits: line.credits, rest };
}

/** Sorts credits into the article's three lists, each name once, in print order. */
export function addCredits(
  target: { reporters: string[]; correspondents: string[]; photographers: string[] },
  credits: Credit[],
  photo: boolean,
): void {
  for (const { role, name } of credits) {
    const list = photo || role === 'photographer' ? target.photographers
      : role === 'correspondent' ? target.correspondents : target.reporters;
    if (!list.includes(name)) list.push(name);
  }
}
