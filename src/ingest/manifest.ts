// A manifest in an input folder names each dump's edition date, and optionally its
// page number and section: `manifest.csv` (file,date[,page][,section] with a header
// row) or `manifest.json` (an object of file → date or { date, page, section }, or
// an array of { file, date, page, section }). A dump whose date a manifest may hold but
// could not give (the manifest unreadable, its row refused) is dated without it, and
// none of the archive's articles from it is removed: they may rest on that date.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Message } from './types.ts';
import { dateFromFrontMatter } from './edition-date.ts';
import { decodeInput, type Decoded } from './decode.ts';
import { parse as parseCsv, type Info } from 'csv-parse/sync';

export interface ManifestEntry {
  date: string;
  page: string | null;
  section: string | null;
  line: number;
}

export interface Manifest {
  path: string;
  entries: Map<string, ManifestEntry>;
  /** Files whose row could not be read: the manifest says something of them, but not what. */
  refused: Set<string>;
  /** Not read whole (a syntax error, a row naming no file): it may hold any dump's date. */
  broken: boolean;
}

/** What follows for the folder's dumps when the manifest cannot be read whole. */
const DUMPS_KEPT = "the folder's dumps are dated without the manifest, and none of the archive's articles from them is removed";

/**
 * The manifest's text, or null when it is not a regular file (a FIFO would never end),
 * cannot be read, or is not whole text. It is decoded as the dumps are: a spreadsheet
 * saves CSV in GB18030 or UTF-16, and a name read as mojibake would match no dump. A
 * byte that is no character may stand in a file name, so such a manifest is not used.
 */
function readText(path: string, messages: Message[]): string | null {
  let decoded: Decoded;
  try {
    if (!statSync(path).isFile()) throw new Error('not a regular file');
    decoded = decodeInput(readFileSync(path));
  } catch (error) {
    messages.push({ file: path, line: 0, column: 0, rule: 'manifest', severity: 'error', text: `expected a manifest, found a file that cannot be read (${(error as Error).message}): ${DUMPS_KEPT}` });
    return null;
  }
  if (!decoded.ok) {
    messages.push({ file: path, line: 0, column: 0, rule: 'manifest', severity: 'error', text: `expected a manifest, found no text (${decoded.reason}): ${DUMPS_KEPT}` });
    return null;
  }
  messages.push(...decoded.messages.map((m) => ({ file: path, ...m })));
  if (decoded.messages.length) {
    messages.push({ file: path, line: 0, column: 0, rule: 'manifest', severity: 'error', text: `expected a manifest of whole text, found characters that could not be read (above): ${DUMPS_KEPT}` });
    return null;
  }
  if (decoded.encoding !== 'utf-8') messages.push({ file: path, line: 0, column: 0, rule: 'encoding', severity: 'info', text: `decoded as ${decoded.encoding.toUpperCase()}` });
  return decoded.text;
}

/** A CSV record as the manifest reads it: its cells, trimmed, and the line it starts on. */
interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * The line a record starts on, from the line it ends on and its raw text (which holds the
 * empty lines skipped before it and the line break closing it): a quoted cell may hold line breaks.
 */
const startLine = (endLine: number, raw: string) => endLine - (raw.replace(/^\n+|\n$/gu, '').match(/\n/gu)?.length ?? 0);

/**
 * A CSV's records, read by csv-parse (RFC 4180: a quoted cell may hold commas, quotes
 * and line breaks, as a spreadsheet saves a two-line cell). A quote inside an unquoted
 * cell is a character of it, and a row may have fewer cells than the header (empty
 * columns left off). A record the parser cannot read is a message naming its line; the
 * records after it go on, except after a quote never closed, which leaves none to read.
 */
function csvRows(path: string, text: string, messages: Message[]): { rows: CsvRow[]; whole: boolean } {
  let whole = true;
  const records = parseCsv(text.replace(/\r\n?/gu, '\n'), {
    info: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      whole = false;
      const line = error ? startLine(error.lines as number, String(error.raw ?? '')) : 0;
      const text =
        error?.code === 'CSV_QUOTE_NOT_CLOSED'
          ? `expected a closing quote, found the end of the file: the rows after this line's quote cannot be told apart; ${DUMPS_KEPT}`
          : `expected a CSV row, found one that cannot be read (${error?.message ?? 'no reason given'}): ${DUMPS_KEPT}`;
      messages.push({ file: path, line, column: 1, rule: 'manifest', severity: 'error', text });
      return undefined;
    },
  }) as unknown as Array<{ info: Info; raw: string; record: string[] }>; // the library's types do not follow `info` and `raw`
  const rows = records.map(({ info, raw, record }) => ({ line: startLine(info.lines, raw), cells: record.map((cell) => cell.trim()) }));
  return { rows, whole };
}

/** What a row says of its file, as a report shows it. */
const says = (e: ManifestEntry) => [e.date, e.page, e.section].filter(Boolean).join(' ');
const same = (a: ManifestEntry, b: ManifestEntry) => a.date === b.date && a.page === b.page && a.section === b.section;

export function readManifest(dir: string, messages: Message[]): Manifest | null {
  const csv = join(dir, 'manifest.csv');
  const json = join(dir, 'manifest.json');
  const entries = new Map<string, ManifestEntry>();
  const refused = new Set<string>();
  let broken = false;
  const add = (path: string, line: number, file: unknown, date: unknown, page: unknown, section: unknown) => {
    const iso = dateFromFrontMatter(date);
    if (typeof file !== 'string' || !file) {
      broken = true;
      messages.push({ file: path, line, column: 1, rule: 'manifest', severity: 'warning', text: `expected a file name, found none: ${DUMPS_KEPT}` });
    } else if (!iso) {
      entries.delete(file);
      refused.add(file);
      messages.push({ file: path, line, column: 1, rule: 'manifest', severity: 'warning', text: `expected a date YYYY-MM-DD for "${file}", found "${String(date)}": "${file}" is dated without the manifest, and none of the archive's articles from it is removed` });
    } else {
      const entry = { date: iso, page: page == null || page === '' ? null : String(page), section: typeof section === 'string' && section ? section : null, line };
      const earlier = entries.get(file);
      // Two rows that disagree (a row copied and half edited): which one is right cannot be told.
      if (earlier && !same(earlier, entry)) {
        entries.delete(file);
        refused.add(file);
        messages.push({
          file: path,
          line,
          column: 1,
          rule: 'manifest',
          severity: 'warning',
          text: `expected one row for "${file}", found ${says(entry)} here and ${says(earlier)} on line ${earlier.line}: "${file}" is dated without the manifest, and none of the archive's articles from it is removed`,
        });
      } else if (!earlier && !refused.has(file)) entries.set(file, entry); // a file refused once is dated without the manifest, as said
    }
  };
  if (existsSync(csv)) {
    // Two manifests may say two things of a dump: the CSV is read, but the dates are not sure enough to remove by.
    const second = existsSync(json);
    if (second) messages.push({ file: json, line: 0, column: 0, rule: 'manifest', severity: 'warning', text: "expected one manifest in the folder, found manifest.csv too: this one is not read, and none of the archive's articles from the folder's dumps is removed" });
    const text = readText(csv, messages);
    if (text === null) return { path: csv, entries, refused, broken: true };
    const { rows, whole } = csvRows(csv, text, messages);
    if (!whole) broken = true;
    const header = (rows[0]?.cells ?? []).map((h) => h.toLowerCase());
    const col = (name: string, fallback: number) => (header.includes(name) ? header.indexOf(name) : fallback);
    const hasHeader = header.includes('file');
    const columns = hasHeader ? header.length : 4;
    const [f, d, p, s] = [col('file', 0), col('date', 1), col('page', 2), col('section', 3)];
    rows.forEach((row, i) => {
      if (i === 0 && hasHeader) return;
      // A cell more than the columns (a name with a comma left unquoted): which cell is which cannot be told.
      if (row.cells.length > columns && row.cells.slice(columns).some(Boolean)) {
        broken = true;
        messages.push({
          file: csv,
          line: row.line,
          column: 1,
          rule: 'manifest',
          severity: 'warning',
          text: `expected at most ${columns} cells (${hasHeader ? header.join(',') : 'file,date,page,section'}), found ${row.cells.length}: a name holding a comma is quoted; ${DUMPS_KEPT}`,
        });
        return;
      }
      add(csv, row.line, row.cells[f], row.cells[d], row.cells[p], row.cells[s]);
    });
    return { path: csv, entries, refused, broken: broken || second };
  }
  if (existsSync(json)) {
    const text = readText(json, messages);
    if (text === null) return { path: json, entries, refused, broken: true };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      messages.push({ file: json, line: 1, column: 1, rule: 'manifest', severity: 'error', text: `expected JSON, found a syntax error (${(error as Error).message}): ${DUMPS_KEPT}` });
      return { path: json, entries, refused, broken: true };
    }
    if (Array.isArray(data)) {
      data.forEach((e: Record<string, unknown>, i) => add(json, i + 1, e?.file, e?.date, e?.page, e?.section));
    } else if (data && typeof data === 'object') {
      Object.entries(data).forEach(([file, v], i) => {
        const e = (v && typeof v === 'object' ? v : { date: v }) as Record<string, unknown>;
        add(json, i + 1, file, e.date, e.page, e.section);
      });
    } else {
      broken = true;
      messages.push({ file: json, line: 1, column: 1, rule: 'manifest', severity: 'error', text: `expected an object or a list, found ${data === null ? 'null' : typeof data}: ${DUMPS_KEPT}` });
    }
    return { path: json, entries, refused, broken };
  }
  return null;
}
