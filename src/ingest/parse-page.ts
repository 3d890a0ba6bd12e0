// The page-dump parser: one pure function, text in, articles and messages out.
// Like markdown-it, it runs an ordered chain of small named rules over line groups
// that keep their line numbers, then assembles the resulting tokens into articles.
import type { Block, Credit, Message, ParsedArticle, Position } from './types.ts';
import { groupLines, type LineGroup } from './tokenize.ts';
import { readPageHeader } from './rules/page-header.ts';
import { isFurniture } from './rules/furniture.ts';
import { addCredits, parseCreditLine, parseDateline, type Dateline } from './rules/byline.ts';
import { isPhotoCredit, MAX_CAPTION_LENGTH, readCaption } from './rules/caption.ts';
import { readEpigraph } from './rules/epigraph.ts';
import { continuesTable, isTableRows } from './rules/table.ts';
import { isHeadingLine, MAX_HEADING_LENGTH, splitHeadline } from './rules/headline.ts';
import { isParagraphPiece } from './rules/subhead.ts';
import { repairParagraphs } from './rules/paragraph-repair.ts';
import { takeJumpLines } from './rules/jump-line.ts';

type Token = Position & (
  | { kind: 'header'; section: string | null; editor: string | null; lines: string[] }
  | { kind: 'furniture'; text: string }
  | { kind: 'credit'; text: string; credits: Credit[]; photo: boolean }
  | { kind: 'caption'; text: string; credit: string | null }
  | { kind: 'epigraph'; text: string; attribution: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; dateline: Dateline | null }
);

const span = (first: LineGroup, last: LineGroup) => ({ startLine: first.startLine, endLine: last.endLine });

/** Stage 1: the rule chain. Each group becomes one token; some rules take two groups. */
export function tokenizePage(groups: LineGroup[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as LineGroup;
    const previous = tokens.at(-1);
    const text = group.lines.join('');

    const header = readPageHeader(groups, i);
    if (header) {
      tokens.push({ kind: 'header', section: header.section, editor: header.editor, lines: header.lines, ...span(group, groups[i + header.size - 1] as LineGroup) });
      i += header.size - 1;
      continue;
    }
    if (isFurniture(group, previous?.kind === 'furniture')) {
      tokens.push({ kind: 'furniture', text: group.lines.join(' '), ...span(group, group) });
      continue;
    }
    const creditLines = group.lines.map(parseCreditLine);
    if (creditLines.every((c) => c !== null)) {
      const credits = creditLines.flatMap((c) => c?.credits ?? []);
      tokens.push({ kind: 'credit', text: group.lines.join(' '), credits, photo: creditLines.some((c) => c?.photo), ...span(group, group) });
      continue;
    }
    if (group.lines.length === 1) {
      const caption = readCaption(text);
      const next = groups[i + 1];
      const nextCredit = next && next.lines.length === 1 ? parseCreditLine(next.lines[0] as string) : null;
      if (caption) {
        tokens.push({ kind: 'caption', text: caption.text, credit: caption.credit, ...span(group, group) });
        continue;
      }
      // A caption whose credit the dump put on the next line. It stands in the space the
      // photo left (blank lines above it); a paragraph followed by a credit closes a photo-news story.
      if (next && isPhotoCredit(nextCredit) && group.gapBefore >= 2 && !isHeadingLine(text) && next.gapBefore <= 1 && [...text].length <= MAX_CAPTION_LENGTH) {
        tokens.push({ kind: 'caption', text, credit: next.lines[0] as string, ...span(group, next) });
        i++;
        continue;
      }
    }
    // A caption set on adjacent lines with its credit under it.
    if (group.lines.length >= 2) {
      const credit = parseCreditLine(group.lines.at(-1) as string);
      const caption = group.lines.slice(0, -1).join('');
      if (isPhotoCredit(credit) && [...caption].length <= MAX_CAPTION_LENGTH && creditLines.slice(0, -1).every((c) => c === null)) {
        tokens.push({ kind: 'caption', text: caption, credit: group.lines.at(-1) as string, ...span(group, group) });
        continue;
      }
    }
    const epigraph = readEpigraph(groups, i);
    if (epigraph) {
      tokens.push({ kind: 'epigraph', text: epigraph.text, attribution: epigraph.attribution, ...span(group, groups[i + epigraph.size - 1] as LineGroup) });
      i += epigraph.size - 1;
      continue;
    }
    const hasCredit = creditLines.some((c) => c !== null);
    if ((isTableRows(group) && !hasCredit) || (previous?.kind === 'table' && continuesTable(group))) {
      if (previous?.kind === 'table' && group.gapBefore <= 1) {
        previous.rows.push(...(isTableRows(group) ? [group.lines] : [[text]]));
        previous.endLine = group.endLine;
      } else {
        tokens.push({ kind: 'table', rows: [group.lines], ...span(group, group) });
      }
      continue;
    }
    // Otherwise each line is a unit of its own: normally a group is one paragraph, but a
    // dump may leave a headline, a byline and a first paragraph on adjacent lines.
    group.lines.forEach((line, n) => {
      const at = { startLine: group.startLine + n, endLine: group.startLine + n };
      const credit = creditLines[n];
      const dateline = parseDateline(line);
      if (credit) tokens.push({ kind: 'credit', text: line, credits: credit.credits, photo: credit.photo, ...at });
      else if (isHeadingLine(line) && !dateline) tokens.push({ kind: 'heading', text: line, ...at });
      else tokens.push({ kind: 'paragraph', text: line, dateline, ...at });
    });
  }
  return tokens;
}

interface Draft extends ParsedArticle {
  /** Credits printed after the body: a story that closes with `文/… 图/…`. */
  closingCredits: Array<{ text: string; credits: Credit[]; photo: boolean }>;
  hasHeadByline: boolean;
}

interface Page {
  section: string | null;
  editor: string | null;
  header: string[] | null;
}

function newDraft(page: Page, lines: string[], start: Position): Draft {
  const headline = lines.length ? splitHeadline(lines) : { kicker: null, title: '', subtitle: null };
  return {
    ...headline,
    section: page.section, editor: page.editor, pageHeader: page.header, column: null,
    reporters: [], correspondents: [], photographers: [], bylines: [], blocks: [],
    source: { startLine: start.startLine, endLine: start.endLine },
    closingCredits: [], hasHeadByline: false,
  };
}

const hasBody = (d: Draft) => d.blocks.some((b) => b.type === 'paragraph' || b.type === 'table');

/** Stage 2: tokens become articles. */
export function parsePage(text: string, file: string): { articles: ParsedArticle[]; messages: Message[] } {
  const tokens = tokenizePage(groupLines(text));
  const messages: Message[] = [];
  const report = (line: number, rule: string, severity: Message['severity'], msg: string) =>
    messages.push({ file, line, column: 1, rule, severity, text: msg });
  const drafts: Draft[] = [];
  let page: Page = { section: null, editor: null, header: null };
  let current = null as Draft | null; // `as`: assigned inside `open`, which narrowing does not follow
  let pending: Block[] = []; // captions printed before the page's first headline
  const extend = (d: Draft, p: Position) => { d.source.endLine = Math.max(d.source.endLine, p.endLine); };
  const open = (lines: string[], at: Position): Draft => {
    current = newDraft(page, lines, at);
    current.blocks.push(...pending);
    pending = [];
    drafts.push(current);
    return current;
  };
  const addBlock = (block: Block) => {
    if (current) { current.blocks.push(block); extend(current, block); } else pending.push(block);
  };
  const takeByline = (d: Draft, text: string, credits: Credit[], photo: boolean) => {
    d.bylines.push(text);
    addCredits(d, credits, photo);
    d.hasHeadByline = true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.kind) {
      case 'header':
        page = { section: token.section, editor: token.editor, header: token.lines };
        current = null;
        if (!token.section) report(token.startLine, 'page-header', 'warning', 'expected a section name above 责任编辑, found none');
        break;
      case 'furniture':
        report(token.startLine, 'furniture', 'info', `page furniture kept out of articles: "${token.text}" (lines ${token.startLine}-${token.endLine})`);
        break;
      case 'heading': {
        let j = i;
        const run: string[] = [];
        while (tokens[j]?.kind === 'heading') run.push((tokens[j] as { text: string }).text), j++;
        // Between a headline and its byline may stand photos, an epigraph, a column label.
        let k = j;
        let sawInsert = false;
        while (tokens[k] && (tokens[k]?.kind === 'caption' || tokens[k]?.kind === 'epigraph' || (sawInsert && tokens[k]?.kind === 'heading'))) {
          sawInsert = true;
          k++;
        }
        const after = tokens[k];
        const bylined = after?.kind === 'credit' || (after?.kind === 'paragraph' && after.dateline !== null);
        // A story without a byline still opens with its date lead (`5月9日，…`); a subhead
        // inside a story is followed by an ordinary paragraph.
        const newsLead = after?.kind === 'paragraph' && NEWS_LEAD.test(after.text) && run.length <= 3
          && run.every((line, n) => !isParagraphPiece(line, n === run.length - 1 ? after.text : null));
        if (bylined || newsLead || !current) {
          // A story never ends on a colon: a short line ending in one, right above a
          // headline, is its kicker (`两会聚焦：`), not the last words of the story before.
          const previous = current?.blocks.at(-1);
          let start: Position = token;
          if (previous?.type === 'paragraph' && /[：:]$/u.test(previous.text) && [...previous.text].length <= 20 && previous.endLine >= token.startLine - 3) {
            (current as Draft).blocks.pop();
            run.unshift(previous.text);
            start = previous;
          }
          // A bracketed label over the headline names the column (栏目), not the story.
          const label = run.length >= 2 && COLUMN_LABEL.test(run[0] as string) ? run.shift() : undefined;
          const extra = run.length > 3 ? run.splice(0, run.length - 3) : [];
          const draft = open(run, start);
          const column = [label, ...extra].filter(Boolean).join(' ');
          if (column) {
            draft.column = column;
            const last = tokens[i + (label ? 1 : 0) + extra.length - 1] as Token;
            addBlock({ type: 'column', text: column, startLine: token.startLine, endLine: last.endLine });
          }
          for (let m = j; m < k; m++) {
            const t = tokens[m] as Token;
            if (t.kind === 'heading') {
              draft.column = draft.column ? `${draft.column} ${t.text}` : t.text;
              addBlock({ type: 'column', text: t.text, startLine: t.startLine, endLine: t.endLine });
            }
            else if (t.kind === 'caption') addBlock(captionBlock(t));
            else if (t.kind === 'epigraph') addBlock({ type: 'epigraph', text: t.text, attribution: t.attribution, startLine: t.startLine, endLine: t.endLine });
            extend(draft, t);
          }
          i = k - 1;
        } else {
          const draft: Draft = current;
          for (let m = i; m < j; m++) {
            const t = tokens[m] as Token & { kind: 'heading' };
            const next = tokens[m + 1];
            const nextText = next?.kind === 'paragraph' ? next.dateline?.rest ?? next.text : null;
            const type = isParagraphPiece(t.text, nextText) ? 'paragraph' : 'subhead';
            addBlock({ type, text: t.text, startLine: t.startLine, endLine: t.endLine });
          }
          extend(draft, tokens[j - 1] as Token);
          i = j - 1;
        }
        break;
      }
      case 'credit': {
        const draft: Draft | null = current;
        if (!draft) {
          report(token.startLine, 'byline', 'warning', `expected a headline before the byline, found "${token.text}"`);
          const orphan = open([], token);
          takeByline(orphan, token.text, token.credits, token.photo);
        } else if (!hasBody(draft) && !draft.hasHeadByline) {
          takeByline(draft, token.text, token.credits, token.photo);
          extend(draft, token);
        } else {
          draft.closingCredits.push({ text: token.text, credits: token.credits, photo: token.photo });
          extend(draft, token);
        }
        break;
      }
      case 'caption':
        addBlock(captionBlock(token));
        break;
      case 'epigraph':
        addBlock({ type: 'epigraph', text: token.text, attribution: token.attribution, startLine: token.startLine, endLine: token.endLine });
        break;
      case 'table':
        addBlock({ type: 'table', text: token.rows.map((r) => r.join(' ')).join('\n'), rows: token.rows, startLine: token.startLine, endLine: token.endLine });
        break;
      case 'paragraph': {
        const next = tokens[i + 1];
        const bylineNext = (next?.kind === 'paragraph' && next.dateline !== null) || (next?.kind === 'credit' && !next.photo && OPENING_BYLINE.test(next.text));
        if (!token.dateline && isHeadlineLike(token) && bylineNext) {
          // A headline the heading rule passed over (it ends in ! or ?): a byline follows it.
          report(token.startLine, 'headline', 'warning', `expected a headline without closing punctuation, took "${token.text}" as one: a byline follows it`);
          open([token.text], token);
          break;
        }
        let draft: Draft | null = current;
        if (token.dateline && draft && (hasBody(draft) || draft.hasHeadByline)) {
          // A dateline opens a new story: its headline was not recognised as one
          // (too long, or ending in ! or ?). Take the short paragraphs just above it.
          const lines: Block[] = [];
          while (draft.blocks.length && isHeadlineLike(draft.blocks.at(-1) as Block) && lines.length < 3) lines.unshift(draft.blocks.pop() as Block);
          if (lines.length) {
            report(token.startLine, 'headline', 'warning', `expected a headline above the dateline, took "${lines.map((b) => b.text).join(' ')}"`);
            draft = open(lines.map((b) => b.text), lines[0] as Block);
          } else {
            report(token.startLine, 'headline', 'warning', `expected a headline above the dateline "${token.dateline.text}", found none`);
            draft = open([], token);
          }
        }
        if (!draft) {
          report(token.startLine, 'headline', 'warning', 'expected a headline before this paragraph, found body text');
          draft = open([], token);
        }
        if (token.dateline) takeByline(draft, token.dateline.text, token.dateline.credits, false);
        addBlock({ type: 'paragraph', text: token.dateline?.rest ?? token.text, startLine: token.startLine, endLine: token.endLine });
        break;
      }
    }
  }
  for (const block of pending) report(block.startLine, 'caption', 'warning', `caption with no article on its page: "${block.text}"`);

  const articles = drafts.flatMap((d) => splitAtClosingByline(d));
  for (const a of articles) {
    a.blocks = repairParagraphs(a.blocks);
    if (!a.title) report(a.source.startLine, 'headline', 'warning', 'article without a headline');
  }
  return takeJumpLines({ articles: articles.map(finish), messages }, file);
}

function captionBlock(t: Token & { kind: 'caption' }): Block {
  return { type: 'caption', text: t.text, ...(t.credit ? { credit: t.credit } : {}), startLine: t.startLine, endLine: t.endLine };
}

/**
 * A short line the heading rule passed over that may still be a headline: a headline can
 * end in ! or ?, never in a full stop, a comma or a colon, which end a story's last words.
 */
function isHeadlineLike(block: { type?: string; kind?: string; text: string }): boolean {
  return (block.type === 'paragraph' || block.type === 'subhead' || block.kind === 'paragraph')
    && [...block.text].length <= MAX_HEADING_LENGTH && !/[。.，,；;：:]$/u.test(block.text.trim());
}

/** A byline that opens a story (`株洲日报全媒体记者/…`, `记者 …`), not one that closes it (`文/… 图/…`). */
const OPENING_BYLINE = /^[(（]?(?:株洲日报|本报|[■□●○◎◆◇★☆])?\S*?(?:记者|通讯员|评论员)/u;

const COLUMN_LABEL = /^【[^【】]+】$/u;
/** The lead of a news story: the day of the event, with no year before it. */
const NEWS_LEAD = /^\d{1,2}月\d{1,2}日/u;
const DATE_LEAD = /^(?:\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日)/u;

/**
 * A story that already has its byline and closes with a second one (`文/胡丽 图/黄智鸿`,
 * or a photo-news item's `…记者/李逸峰 摄`) holds a story of its own that the parser
 * took for a subhead: a headline not followed by a byline. The likeliest is a subhead
 * with a photo under it or a news lead (a date) after it. Without such a sign, the
 * closing credits are the story's own, unless they name only people its byline does
 * not: then the last subhead is taken, since a new story starts below the old one's.
 */
function splitAtClosingByline(draft: Draft): Draft[] {
  if (!draft.closingCredits.length) return [draft];
  const named = new Set([...draft.reporters, ...draft.correspondents, ...draft.photographers]);
  const strangers = draft.closingCredits.every((c) => c.credits.length > 0 && c.credits.every((x) => !named.has(x.name)));
  let best = -1;
  let bestScore = 0;
  if (draft.hasHeadByline) {
    draft.blocks.forEach((b, i) => {
      if (b.type !== 'subhead') return;
      let score = strangers ? 1 : 0;
      let k = i + 1;
      if (draft.blocks[k]?.type === 'caption') score++;
      while (draft.blocks[k]?.type === 'caption') k++;
      const lead = draft.blocks[k];
      if (lead?.type === 'paragraph' && DATE_LEAD.test(lead.text)) score++;
      if (score >= bestScore && score > 0) { best = i; bestScore = score; }
    });
  }
  const credit = (d: Draft) => {
    for (const c of draft.closingCredits) {
      d.bylines.push(c.text);
      addCredits(d, c.credits, c.photo);
    }
  };
  if (best < 0) {
    credit(draft);
    return [draft];
  }
  const head = draft.blocks[best] as Block;
  const tail = draft.blocks.splice(best);
  tail.shift();
  const story: Draft = {
    ...draft, ...splitHeadline([head.text]), column: null,
    reporters: [], correspondents: [], photographers: [], bylines: [], blocks: tail,
    source: { startLine: head.startLine, endLine: draft.source.endLine }, closingCredits: [], hasHeadByline: false,
  };
  draft.source.endLine = draft.blocks.at(-1)?.endLine ?? head.startLine - 1;
  credit(story);
  return [draft, story];
}

/** Photographers credited under the story's photos join its byline's. */
function finish(d: Draft): ParsedArticle {
  const { closingCredits: _c, hasHeadByline: _h, ...article } = d;
  for (const b of article.blocks) if (b.type === 'caption' && b.credit) addCredits(article, parseCreditLine(b.credit)?.credits ?? [], true);
  return article;
}
