// Characters that are no text: control characters (C0 but tab and line ends, DEL, C1),
// noncharacters such as U+FFFE and halves of surrogate pairs. A reader never sees them,
// and XML 1.0 forbids most of them: one in a title makes the feed and the sitemaps
// invalid. The ingest removes them where the text enters and reports each, with its line.
import type { Message } from './types.ts';

type Report = Omit<Message, 'file'>;

/** One thing found in a file, where an editor shows it. */
export interface Finding {
  line: number;
  column: number;
  what: string;
}

const PAGE_BREAK = '\f';
/** The noncharacters: U+FDD0–U+FDEF and the last two code points of every plane. */
const NONCHARACTERS = `\\ufdd0-\\ufdef${Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join('')}`;
const NOT_TEXT = new RegExp(`[\\0-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f${NONCHARACTERS}\\p{Cs}]`, 'gu');

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
const isSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdfff;

/** What a character that is no text is, for a message. */
function describe(ch: string): string {
  const code = ch.codePointAt(0) as number;
  if (ch === PAGE_BREAK) return 'a form feed (U+000C, a page break)';
  if (isSurrogate(code)) return `half of a surrogate pair (${hex(code)}) alone`;
  if (code <= 0x9f) return `control character ${hex(code)}`;
  return `noncharacter ${hex(code)}`;
}

/** A character that is no text, and what became of it. */
export interface NotText extends Finding {
  action: 'line break' | 'removed' | 'replaced';
}

/**
 * The text with every character that is no text taken out: a form feed becomes
 * `pageBreak`, a lone surrogate U+FFFD (a character was there and is lost, as with an
 * undecodable byte), anything else is removed. `found` receives each, with its line and
 * column counted as an editor counts them (a surrogate pair is one character).
 */
export function stripNotText(text: string, pageBreak: string, found: NotText[]): string {
  let line = 1;
  let column = 1;
  let at = 0;
  return text.replace(NOT_TEXT, (ch: string, index: number) => {
    for (; at < index; at++) {
      const unit = text.charCodeAt(at);
      if (unit === 0x0a || (unit === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) {
        line++;
        column = 1;
      } else if (unit !== 0x0d && !((unit & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800)) column++;
    }
    const action = ch === PAGE_BREAK ? 'line break' : ch.length === 1 && isSurrogate(ch.charCodeAt(0)) ? 'replaced' : 'removed';
    found.push({ line, column, what: describe(ch), action });
    return action === 'line break' ? pageBreak : action === 'replaced' ? '\ufffd' : '';
  });
}

/** Whether the text holds a character that is no text, the form feed included. */
const hasNotText = (text: string) => text.search(NOT_TEXT) >= 0;

/** How many characters of the text are no text, form feeds left out: a measure of how binary it looks. */
export function countNotText(text: string): number {
  let n = 0;
  for (const m of text.matchAll(NOT_TEXT)) if (m[0] !== PAGE_BREAK) n++;
  return n;
}

/** Messages given one by one before the rest of their kind is summed up in one. */
const REPORTED_EACH = 5;

/**
 * A message for each finding, up to five; the rest in one message that says how many
 * there were and on which lines, so that a file with thousands says so in six lines.
 */
export function reportFindings<F extends Omit<Finding, 'what'>>(findings: F[], rule: string, severity: Message['severity'], text: (f: F) => string, rest: (count: number, lines: string) => string): Report[] {
  const each = findings.length > REPORTED_EACH + 1 ? findings.slice(0, REPORTED_EACH) : findings;
  const reports: Report[] = each.map((f) => ({ line: f.line, column: f.column, rule, severity, text: text(f) }));
  const more = findings.slice(each.length);
  const first = more[0];
  if (first) {
    const lines = lineRanges(more.map((f) => f.line));
    reports.push({ line: first.line, column: first.column, rule, severity, text: rest(more.length, `${/^\d+$/u.test(lines) ? 'line' : 'lines'} ${lines}`) });
  }
  return reports;
}

/** Lines as a reader writes them: `4, 9–12, 30`. */
function lineRanges(lines: number[]): string {
  const ranges: Array<[number, number]> = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

/** The messages for the characters `stripNotText` took out of a file, a kind at a time. */
export function reportNotText(found: NotText[]): Report[] {
  const of = (action: NotText['action']) => found.filter((f) => f.action === action);
  const reports = [
    ...reportFindings(
      of('line break'),
      'control-character',
      'info',
      (f) => `${f.what}: read as a line break`,
      (n, lines) => `${n} more form feeds (page breaks) read as line breaks, on ${lines}`,
    ),
    ...reportFindings(
      of('removed'),
      'control-character',
      'warning',
      (f) => `expected text, found ${f.what}: removed`,
      (n, lines) => `expected text, found ${n} more control characters or noncharacters, on ${lines}: removed`,
    ),
    ...reportFindings(
      of('replaced'),
      'control-character',
      'warning',
      (f) => `expected text, found ${f.what}: replaced by U+FFFD`,
      (n, lines) => `expected text, found ${n} more halves of surrogate pairs alone, on ${lines}: replaced by U+FFFD`,
    ),
  ];
  return reports.sort((a, b) => a.line - b.line);
}

/**
 * The article with no character that is no text left in any of its fields, whatever put
 * it there (an entity such as `&#1;` in a post, an escape in its YAML): the last pass
 * before an article is formed, so that none reaches a page, the feed or a sitemap. A form
 * feed becomes a line break. `found` receives each, at the line of the block or the
 * article that held it, naming the field.
 */
export function withoutNotText<T extends { source: { startLine: number } }>(article: T, found: NotText[]): T {
  const clean = (value: unknown, line: number, field: string | null): unknown => {
    if (typeof value === 'string') {
      if (!hasNotText(value)) return value;
      const here: NotText[] = [];
      const text = stripNotText(value, '\n', here);
      found.push(...here.map((f) => ({ ...f, line, column: 1, what: `${f.what} in ${field ?? 'the article'}` })));
      return text;
    }
    if (Array.isArray(value)) return value.map((v) => clean(v, line, field));
    if (value === null || typeof value !== 'object') return value;
    // A block of the body: its own line, named by its kind (`in a caption`).
    const { type, startLine } = value as { type?: unknown; startLine?: unknown };
    const block = typeof type === 'string' && typeof startLine === 'number' ? { line: startLine, field: `a ${type}` } : null;
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, clean(v, block?.line ?? line, block?.field ?? field ?? `the ${key}`)]));
  };
  return clean(article, article.source.startLine, null) as T;
}
