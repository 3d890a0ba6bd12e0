// Page dumps generated from the parts a newspaper page is made of (headline blocks,
// bylines, paragraphs broken at random points, captions dropped in at random places,
// page headers, furniture), with what a reader sees in them: the articles they were
// made from. Each structure of docs/page-structures.md the generator knows is an
// option, so a property can hold the parser to one structure at a time.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePage } from '../../src/ingest/parse-page.ts';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import { lostHan } from './nothing-lost.ts';
import type { Article, BoxKind, Message, ParsedArticle } from '../../src/ingest/types.ts';

export interface Structures {
  /** Datelines `株洲日报讯(全媒体记者/X 通讯员/Y)` and `本报讯(记者 X)` beside the samples' forms. */
  datelines?: boolean;
  /** Stories that sign at the end: `(株洲日报全媒体记者/X 通讯员/Y)` on the last line. */
  endBylines?: boolean;
  /** Stories that sign at the end of their last paragraph, after two spaces: `…。  记者 X`. */
  inlineEndBylines?: boolean;
  /** The end-signed stories open with any words, not only with their date. */
  undatedBriefs?: boolean;
  /** Photo news: a headline, a date-led paragraph, the credit alone on its line (its byline). */
  photoNews?: boolean;
  /** Photo essays: a headline, a run of captions opened by ▲ ◀ ▶ ▼, some with their credit, a `记者/X (图/文)` byline, then prose. */
  photoEssays?: boolean;
  /** Subheads between complete paragraphs, of one form a story: plain, with commas, with 、, numbered, marked. */
  subheads?: readonly SubheadForm[];
  /** Marked subheads (`■ …`) of a name's length, two to four characters. */
  shortMarkedSubheads?: boolean;
  /** A column break may cut the lead of a story with no byline ahead (photo news aside) anywhere after its first comma. */
  cutBriefLeads?: boolean;
  /** A box after the story: `记者手记`, `相关链接` or `延伸阅读` over its paragraphs. */
  boxes?: boolean;
  /** A box over the story's body: key points or an editor's note, its label alone over it or before its words. */
  headBoxes?: boolean;
  /** A Q&A after the story's body: `问:…？` and `答:…。` paragraphs. */
  qa?: boolean;
  /** Datelines of a county bureau (`本报醴陵讯(记者 X)`) and of wire copy (`新华社北京6月2日电(记者 X)`). */
  wireDatelines?: boolean;
  /** Two-character names padded to three cells with a space (`唐 庆`) in bylines on their own lines and in 本报讯 datelines. */
  paddedNames?: boolean;
  /** Page headers with several staff lines (`责任编辑:X`, `美术编辑:Y`, `校对:Z`), on one line or several. */
  staffLines?: boolean;
  /** Page headers with a page label before the section's name (`A03 要闻`, `第5版 要闻`). */
  pageLabels?: boolean;
  /** A page's last story continued on the next page: `(下转第2版)` there, its headline again and `(上接第1版)` here. */
  jumps?: boolean;
  /** Furniture lines, each a group: masthead, hotlines, the archive site's `上一篇` / `下一篇`. */
  furnitureLines?: readonly string[][];
}

// Characters for generated words: no particles that only continue a sentence (的, 了 …),
// none that open a byline or a caption, so every structure is the one generated.
const POOL = [...'株洲市民生就业创业工作城区产业社区建设启动中医夜市升级版科技活动周开幕绿色低碳技术目录发布入选数量全省第二零距离旁听庭审警示教育端午假期暴雨项目服务平台上线学校老师学生青年夜校开课技能荣誉成绩单攻坚'];
const SURNAMES = [...'何李王张刘陈杨黄赵周吴徐孙马胡朱郭林罗谢'];
const GIVEN = [...'春林逸峰帅娜驰圆军丹雷思飞玲凛雯嘉明华伟芳'];

const han = (min: number, max: number) => fc.array(fc.constantFrom(...POOL), { minLength: min, maxLength: max }).map((a) => a.join(''));
const name = fc.tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 })).map(([s, g]) => s + g.join(''));
const sentence = fc.tuple(han(4, 12), han(4, 14)).map(([a, b]) => `${a}，${b}。`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
const caption = fc.tuple(han(6, 14), fc.option(name, { nil: undefined })).map(([text, by]) => ({ text: `▲${text}。`, credit: by ? `记者/${by} 摄` : null, photographer: by ?? null }));
const day = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m}月${d}日,`);

type Caption = { text: string; credit: string | null; photographer: string | null };

/** How a story names its reporters: the samples' forms, and the other datelines. */
const OPENINGS = ['lines', 'inline'] as const;
const DATELINES = ['xun', 'benbao', 'benbao-wanbao'] as const;
const WIRE_DATELINES = ['county', 'xinhua'] as const;
type Opening = (typeof OPENINGS)[number] | (typeof DATELINES)[number] | (typeof WIRE_DATELINES)[number] | 'end-line' | 'end-inline' | 'photo' | 'essay';
const POINTERS = ['▲', '◀', '▶', '▼'];
/** How a photo essay's caption carries its credit: `…。记者/X 摄`, `…。(X/摄)`, `…。X摄`. */
const ESSAY_CREDITS = { reporter: (n: string) => `记者/${n} 摄`, paren: (n: string) => `(${n}/摄)`, bare: (n: string) => `${n}摄` };
const essayCaption = fc.record({
  mark: fc.constantFrom(...POINTERS),
  text: han(6, 14),
  by: fc.option(name, { nil: null }),
  form: fc.constantFrom(...(Object.keys(ESSAY_CREDITS) as Array<keyof typeof ESSAY_CREDITS>)),
});
const COUNTIES = ['醴陵', '攸县', '茶陵', '炎陵'];

const NUMERALS = [...'一二三四五六七八九'];
export const SUBHEAD_FORMS = ['plain', 'comma', 'dun', 'numbered', 'bracketed', 'digit', 'square', 'dot', 'diamond', 'lenticular'] as const;
export type SubheadForm = (typeof SUBHEAD_FORMS)[number];

/** The `n`th subhead of a story in its form; a marked one of a name's length when `short`. */
function subheadText(form: SubheadForm, n: number, words: [string, string, string], short: boolean): string {
  const [a, b, c] = words;
  const marked = short ? a.slice(0, 4) : a + b + c;
  switch (form) {
    case 'plain':
      return a + b;
    case 'comma':
      return `${a},${b}`;
    case 'dun':
      return `${a}、${b}、${c}`;
    case 'numbered':
      return `${NUMERALS[n]}、${a}${b}`;
    case 'bracketed':
      return `(${NUMERALS[n]})${a}${b}`;
    case 'digit':
      return `${n + 1}.${a}${b}`;
    case 'square':
      return `■ ${marked}`;
    case 'dot':
      return `●${marked}`;
    case 'diamond':
      return `◆ ${marked}`;
    case 'lenticular':
      return `【${a}${b}】`;
  }
}

const BOXES: Array<{ label: string; box: BoxKind }> = [
  { label: '记者手记', box: 'notebook' },
  { label: '相关链接', box: 'related' },
  { label: '延伸阅读', box: 'related' },
];
const HEAD_BOXES: Array<{ label: string; box: BoxKind; inline: string }> = [
  { label: '【核心提示】', box: 'key-points', inline: '【核心提示】' },
  { label: '编者按', box: 'editors-note', inline: '编者按:' },
];

function article(s: Structures) {
  const openings: Opening[] = [...OPENINGS, ...(s.datelines ? DATELINES : []), ...(s.wireDatelines ? WIRE_DATELINES : [])];
  const endings: Opening[] = [...(s.endBylines ? ['end-line' as const] : []), ...(s.inlineEndBylines ? ['end-inline' as const] : [])];
  const opening = fc.constantFrom<Opening>(...openings, ...endings, ...(s.photoNews ? ['photo' as const] : []), ...(s.photoEssays ? ['essay' as const] : []));
  return fc
    .record({
      opening,
      kicker: fc.option(han(5, 12), { nil: null }),
      title: han(5, 14),
      subtitle: fc.option(
        han(5, 12).map((t) => `——${t}`),
        { nil: null },
      ),
      reporters: fc.uniqueArray(name, { minLength: 1, maxLength: 2 }),
      correspondents: fc.uniqueArray(name, { maxLength: 2 }),
      /** A brief that signs at the end opens with its date unless undated briefs are asked for. */
      lead: s.undatedBriefs ? fc.option(day, { nil: '' }) : day,
      /** A photo news item's paragraph opens with its date. */
      day,
      paragraphs: fc.array(
        fc.record({
          text: paragraph,
          /** Break the paragraph after its first comma plus this many characters (a column break). */
          breakAt: fc.option(fc.nat({ max: 6 }), { nil: null }),
          captionInBreak: fc.option(caption, { nil: null }),
          subhead: s.subheads ? fc.option(fc.tuple(han(2, 6), han(2, 6), han(2, 5)), { nil: null }) : fc.constant(null),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      subheadForm: fc.constantFrom(...(s.subheads?.length ? s.subheads : SUBHEAD_FORMS)),
      leadCut: s.cutBriefLeads ? fc.boolean() : fc.constant(false),
      shortMarks: fc.constant(!!s.shortMarkedSubheads),
      captionAfter: fc.option(caption, { nil: null }),
      box: s.boxes ? fc.option(fc.tuple(fc.constantFrom(...BOXES), fc.array(paragraph, { minLength: 1, maxLength: 2 })), { nil: null }) : fc.constant(null),
      qa: s.qa ? fc.option(fc.array(fc.tuple(han(4, 10), paragraph), { minLength: 1, maxLength: 3 }), { nil: null }) : fc.constant(null),
      county: fc.constantFrom(...COUNTIES),
      essay: fc.array(essayCaption, { minLength: 2, maxLength: 4 }),
      jump: s.jumps ? fc.boolean() : fc.constant(false),
      padded: fc.constant(!!s.paddedNames),
      headBox: s.headBoxes ? fc.option(fc.record({ kind: fc.constantFrom(...HEAD_BOXES), text: paragraph, inline: fc.boolean() }), { nil: null }) : fc.constant(null),
    })
    .filter((a) => a.reporters.every((r) => !a.correspondents.includes(r)));
}
export type GeneratedArticle = typeof article extends (s: Structures) => fc.Arbitrary<infer T> ? T : never;

interface Header {
  section: string;
  editor: string;
  label: string | null;
  staff: string[];
  layout: 'one-line' | 'lines' | 'groups';
}
export interface GeneratedPage {
  header: Header | null;
  articles: GeneratedArticle[];
  furniture: boolean;
  furnitureLines: string[][];
}

const STAFF_ROLES = ['美术编辑', '校对', '版式'];
const header = (s: Structures) =>
  fc.record({
    section: fc.tuple(han(2, 3), han(2, 3)).map(([a, b]) => `${a}·${b}`),
    editor: name,
    label: s.pageLabels ? fc.constantFrom('A03', 'A08', 'B02', '第5版', '第12版') : fc.constant(null),
    staff: s.staffLines ? fc.subarray(STAFF_ROLES, { minLength: 1 }).chain((roles) => fc.tuple(...roles.map((r) => name.map((n) => `${r}:${n}`)))) : fc.constant([]),
    layout: s.staffLines ? fc.constantFrom('one-line' as const, 'lines' as const, 'groups' as const) : fc.constant('groups' as const),
  });

/** Lines of page furniture, each a group: a masthead, hotlines, the archive site's links. */
export const FURNITURE: readonly string[][] = [
  ['株 洲 日 报'],
  ['国内统一连续出版物号 CN43-0018', '邮发代号 41-30'],
  ['第9527期 总第12345期', '本期8版'],
  ['2025年5月31日 星期六 农历乙巳年五月初五'],
  ['中共株洲市委主管主办'],
  ['新闻热线:28831234'],
  ['广告热线:0731-28835396'],
  ['上一篇'],
  ['下一篇'],
];

function page(s: Structures) {
  return fc.record({
    header: fc.option(header(s), { nil: null }),
    articles: fc.array(article(s), { minLength: 1, maxLength: 3 }),
    furniture: fc.boolean(),
    furnitureLines: s.furnitureLines?.length ? fc.subarray([...s.furnitureLines], { minLength: 1 }) : fc.constant([]),
  });
}

/** Dumps of one to three pages; a page after the first always opens with its header. */
export const dump = (s: Structures = {}) =>
  (fc.array(page(s), { minLength: 1, maxLength: 3 }).chain((pages) => fc.tuple(...pages.map((p, i) => (i === 0 || p.header ? fc.constant(p) : header(s).map((h) => ({ ...p, header: h })))))) as fc.Arbitrary<GeneratedPage[]>)
    // A continuation is found by its headline printed again: the stories of an edition have headlines of their own.
    .filter((pages) => !s.jumps || new Set(pages.flatMap((p) => p.articles.map((a) => a.title))).size === pages.flatMap((p) => p.articles).length);

/**
 * Where the story's paragraph `n` is broken: after its first comma plus `breakAt`
 * characters, never right after a mark; -1 when whole. Photo news is never broken, nor
 * the lead of a story with no byline ahead unless asked.
 */
function cutOf(a: GeneratedArticle, n: number): number {
  const para = { text: paragraphsOf(a)[n] as string, breakAt: a.paragraphs[n]?.breakAt ?? null };
  if (para.breakAt === null || a.opening === 'photo' || (n === 0 && signsAtEnd(a) && !a.leadCut)) return -1;
  const cut = para.text.indexOf('，') + 1 + para.breakAt;
  return cut > 0 && cut < para.text.length - 1 && !/[。，]/u.test(para.text[cut - 1] as string) ? cut : -1;
}

const signsAtEnd = (a: GeneratedArticle) => a.opening === 'end-line' || a.opening === 'end-inline';
/** Key points and an editor's note stand over a story its byline or dateline opens. */
const hasHeadBox = (a: GeneratedArticle): a is GeneratedArticle & { headBox: NonNullable<GeneratedArticle['headBox']> } => a.headBox !== null && !signsAtEnd(a) && a.opening !== 'photo' && a.opening !== 'essay';
/** A photo essay's captions as printed (its pointer mark, its words, its credit if any) and as read (the credit apart). */
const essayCaptions = (a: GeneratedArticle) =>
  a.opening === 'essay'
    ? a.essay.map((c) => ({
        printed: `${c.mark}${c.text}。${c.by ? ESSAY_CREDITS[c.form](c.by) : ''}`,
        text: `${c.mark}${c.text}。`,
        photographer: c.by,
      }))
    : [];
/** A photo essay is signed by its first reporter, who took the photos that name no one else and wrote the text. */
const reportersOf = (a: GeneratedArticle) => (a.opening === 'essay' ? a.reporters.slice(0, 1) : a.reporters);
/** Photo news prints one paragraph under its photo. */
const body = (a: GeneratedArticle) => (a.opening === 'photo' ? a.paragraphs.slice(0, 1) : a.paragraphs);
/** The paragraphs' words as the story prints them: a story with no byline ahead opens with its date. */
const paragraphsOf = (a: GeneratedArticle) => body(a).map((p, i) => (i > 0 ? p.text : a.opening === 'photo' ? a.day + p.text : signsAtEnd(a) ? a.lead + p.text : p.text));
const credits = (a: GeneratedArticle) => `全媒体记者/${a.reporters.join(' ')}${a.correspondents.length ? ` 通讯员/${a.correspondents.join(' ')}` : ''}`;
/** Names as a byline sets them, a two-character name padded to three cells where padding is asked for. */
const names = (a: GeneratedArticle, list: string[]) => list.map((n) => (a.padded && n.length === 2 ? `${n[0]} ${n[1]}` : n)).join(' ');
/** Wire copy names its reporters only. */
const correspondentsOf = (a: GeneratedArticle) => (a.opening === 'end-inline' || a.opening === 'xinhua' || a.opening === 'essay' ? [] : a.correspondents);
const qaTexts = (a: GeneratedArticle) => (a.qa && a.opening !== 'photo' ? a.qa.flatMap(([q, answer]) => [`问:${q}？`, `答:${answer}`]) : []);
/** The dateline that opens the first paragraph, or nothing. */
function dateline(a: GeneratedArticle): string {
  switch (a.opening) {
    case 'inline':
      return `株洲日报(${credits(a)}) `;
    case 'xun':
      return `株洲日报讯(${credits(a)})`;
    case 'benbao':
      return `本报讯(记者 ${names(a, a.reporters)}${a.correspondents.length ? ` 通讯员 ${names(a, a.correspondents)}` : ''}) `;
    case 'county':
      return `本报${a.county}讯(记者 ${a.reporters.join(' ')}${a.correspondents.length ? ` 通讯员 ${a.correspondents.join(' ')}` : ''}) `;
    case 'xinhua':
      return `新华社北京${a.day.replace(/,$/u, '')}电(记者 ${a.reporters.join(' ')})`;
    case 'benbao-wanbao':
      return `本报讯(株洲晚报融媒体记者/${a.reporters.join(' ')}${a.correspondents.length ? ` 通讯员/${a.correspondents.join(' ')}` : ''}) `;
    default:
      return '';
  }
}

function headerLines(h: Header): string[] {
  const top = h.label ? `${h.label} ${h.section}` : h.section;
  const staff = [`责任编辑:${h.editor}`, ...h.staff];
  if (h.layout === 'one-line') return [top, '', staff.join(' '), ''];
  if (h.layout === 'lines') return [top, '', ...staff, ''];
  return [top, '', ...staff.flatMap((l) => [l, ''])];
}

const captionLines = (c: Caption) => ['', '', c.credit ? `${c.text}${c.credit}` : c.text];

/** Where a story continued on the next page is cut, in its last paragraph: in the middle, never right after a mark; -1 when it is not continued. */
function jumpCutOf(a: GeneratedArticle): number {
  const last = body(a).length - 1;
  const text = paragraphsOf(a)[last] as string;
  if (!a.jump || a.opening === 'photo' || signsAtEnd(a) || cutOf(a, last) > 0 || text.length < 12) return -1;
  let cut = Math.floor(text.length / 2);
  while (/[。，、]/u.test(`${text[cut - 1]}${text[cut]}`)) cut++;
  return cut < text.length - 1 ? cut : -1;
}

/** A story's lines as the page prints them; with `jumpCut`, in two: up to the cut, and what the next page prints after it. */
function articleLines(a: GeneratedArticle, jumpCut = -1): [string[], string[]] {
  const out: string[] = [];
  let rest: string[] | null = null;
  out.push(...[a.kicker, a.title, a.subtitle].filter((l): l is string => !!l).flatMap((l) => [l, '']));
  if (a.opening === 'lines') {
    out.push(`株洲日报全媒体记者/${names(a, a.reporters)}`);
    if (a.correspondents.length) out.push(`通讯员/${names(a, a.correspondents)}`);
    out.push('');
  }
  if (hasHeadBox(a)) out.push(...(a.headBox.inline ? [`${a.headBox.kind.inline}${a.headBox.text}`] : [a.headBox.kind.label, '', a.headBox.text]), '');
  if (a.opening === 'essay') out.push(...essayCaptions(a).flatMap((c) => [c.printed, '']), `记者/${reportersOf(a).join(' ')} (图/文)`, '');
  const texts = paragraphsOf(a);
  let subheads = 0;
  const target = () => rest ?? out;
  body(a).forEach((para, i) => {
    if (i > 0 && para.subhead && a.opening !== 'photo') out.push(subheadText(a.subheadForm, subheads++, para.subhead, a.shortMarks), '');
    const text = texts[i] as string;
    const lead = i === 0 ? dateline(a) : '';
    const last = i === body(a).length - 1 && a.opening === 'end-inline' ? `  记者 ${a.reporters.join(' ')}` : '';
    const cut = cutOf(a, i);
    if (cut > 0) {
      out.push(lead + text.slice(0, cut), '');
      if (para.captionInBreak) out.push(...captionLines(para.captionInBreak), '');
      out.push(text.slice(cut) + last, '');
    } else if (i === body(a).length - 1 && jumpCut > 0) {
      out.push(lead + text.slice(0, jumpCut), '');
      rest = [text.slice(jumpCut) + last, ''];
    } else {
      out.push(lead + text + last, '');
    }
  });
  if (a.opening === 'photo') out.push(`株洲日报${credits(a)} 摄`, '');
  if (a.opening === 'end-line') target().push(`(株洲日报${credits(a)})`, '');
  if (a.captionAfter && a.opening !== 'photo') target().push(...captionLines(a.captionAfter), '');
  target().push(...qaTexts(a).flatMap((t) => [t, '']));
  if (a.box && a.opening !== 'photo') target().push(a.box[0].label, '', ...a.box[1].flatMap((t) => [t, '']));
  return [out, rest ?? []];
}

/** The dump a printer's export makes of the pages. */
export function render(pages: GeneratedPage[]): string {
  const out: string[] = [''];
  // What a story continued from the page before prints at the top of this one: its headline again, the jump line, the rest.
  let continued: string[] = [];
  pages.forEach((p, pageIndex) => {
    if (p.header) out.push(...headerLines(p.header));
    for (const lines of p.furnitureLines.slice(0, 1)) out.push(...lines, '');
    out.push(...continued);
    continued = [];
    for (const [n, a] of p.articles.entries()) {
      const jumps = n === p.articles.length - 1 && pageIndex < pages.length - 1 ? jumpCutOf(a) : -1;
      const [lines, rest] = articleLines(a, jumps);
      out.push(...lines);
      if (jumps > 0) {
        out.push(`(下转第${pageIndex + 2}版)`, '');
        continued = [a.title, '', `(上接第${pageIndex + 1}版)`, '', ...rest];
      }
      // Furniture of the archive site or the masthead may stand between stories too.
      for (const lines of n === 0 ? p.furnitureLines.slice(1) : []) out.push(...lines, '');
    }
    if (p.furniture) out.push('广告', '接待', '热线', '', '28835396', '');
  });
  return out.join('\n');
}

/** What a reader sees in the article: its blocks in order, a caption after the paragraph it was printed inside. */
function expectedBlocks(a: GeneratedArticle): Array<{ type: string; text: string; box?: BoxKind; label?: string }> {
  const texts = paragraphsOf(a);
  const blocks: Array<{ type: string; text: string; box?: BoxKind; label?: string }> = [];
  if (hasHeadBox(a)) blocks.push({ type: 'box', text: a.headBox.text, box: a.headBox.kind.box, label: a.headBox.kind.label });
  for (const c of essayCaptions(a)) blocks.push({ type: 'caption', text: c.text });
  let subheads = 0;
  body(a).forEach((p, i) => {
    if (i > 0 && p.subhead && a.opening !== 'photo') blocks.push({ type: 'subhead', text: subheadText(a.subheadForm, subheads++, p.subhead, a.shortMarks) });
    blocks.push({ type: 'paragraph', text: texts[i] as string });
    if (cutOf(a, i) > 0 && p.captionInBreak) blocks.push({ type: 'caption', text: p.captionInBreak.text });
  });
  if (a.captionAfter && a.opening !== 'photo') blocks.push({ type: 'caption', text: a.captionAfter.text });
  for (const text of qaTexts(a)) blocks.push({ type: 'box', text, box: 'qa' });
  if (a.box && a.opening !== 'photo') a.box[1].forEach((text, i) => blocks.push({ type: 'box', text, box: a.box?.[0].box, ...(i === 0 ? { label: a.box?.[0].label } : {}) }));
  return blocks;
}

/**
 * The dump parses back into the articles it was made from: headline, people, section and
 * editor, blocks in order; and no Han character is lost but what the report lists.
 */
export function parsesBack(pages: GeneratedPage[]): void {
  readsBack(pages, (text) => parsePage(text, 'generated.txt'));
}

/** The same, read as the ingest reads a dump: the halves of a story continued on another page joined into one article. */
export function ingestsBack(pages: GeneratedPage[]): void {
  readsBack(pages, (text) => ingestText(text, 'generated.txt', { date: '2025-06-02', page: null, section: null, line: 1 }));
}

function readsBack(pages: GeneratedPage[], read: (text: string) => { articles: ParsedArticle[]; messages: Array<Pick<Message, 'text'>> }): void {
  const text = render(pages);
  const { articles, messages } = read(text);
  const expected = pages.flatMap((p) => p.articles.map((a) => ({ a, header: p.header })));
  assert.deepEqual(
    articles.map((a) => a.title),
    expected.map(({ a }) => a.title),
    text,
  );
  expected.forEach(({ a, header: h }, i) => {
    const got = articles[i] as Article | undefined;
    const photo = a.opening === 'photo';
    const captions = photo ? [] : [...a.paragraphs.flatMap((p, n) => (cutOf(a, n) > 0 ? [p.captionInBreak] : [])), a.captionAfter];
    assert.deepEqual([got?.kicker, got?.title, got?.subtitle], [a.kicker, a.title, a.subtitle], text);
    // A photo's credit names photographers; a signature after the last words names only the reporters.
    // Photo news is signed by its photo credit: its people by their roles.
    assert.deepEqual([got?.reporters, got?.correspondents], [reportersOf(a), correspondentsOf(a)], text);
    // (图/文): the essay's reporter took photos too.
    const photographers = [...(photo ? [...a.reporters, ...a.correspondents] : []), ...(a.opening === 'essay' ? reportersOf(a) : []), ...[...captions, ...essayCaptions(a)].flatMap((c) => (c?.photographer ? [c.photographer] : []))];
    assert.deepEqual([...new Set(got?.photographers)].sort(), [...new Set(photographers)].sort(), text);
    assert.deepEqual([got?.section, got?.editor], [h?.section ?? null, h?.editor ?? null], text);
    assert.deepEqual(
      got?.blocks.map((b) => ({ type: b.type, text: b.text, ...(b.box ? { box: b.box } : {}), ...(b.label ? { label: b.label } : {}) })),
      expectedBlocks(a),
      text,
    );
  });
  const lost = [...lostHan(text, articles as Article[], messages).keys()].join('');
  assert.equal(lost, '', `lost ${lost}`);
}
