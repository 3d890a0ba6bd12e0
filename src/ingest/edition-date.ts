// The edition date. A dump carries none: it comes, in this order, from a manifest,
// from the file name, from a post's front matter, or from the dates the text mentions.
import { DateTime } from 'luxon';
import { ZONE } from '../article/zone.ts';

/** A calendar date as `YYYY-MM-DD`, or null when the parts make no real day. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = DateTime.fromObject({ year, month, day }, { zone: ZONE });
  return d.isValid && year >= 1900 && year <= 2100 ? d.toISODate() : null;
}

/**
 * A date in a file name: `2025-05-31`, `2025_05_31`, `2025.05.31`, `20250531`
 * (`zzrb_20250531_A03.txt`), `2025年5月31日`. Digits glued to letters or other digits
 * are not a date, so a hash such as `e21c4ea5…` never reads as one.
 */
export function dateFromFileName(name: string): string | null {
  const patterns = [/(?<![0-9A-Za-z])(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?![0-9])/u, /(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})(?![0-9])/u, /(\d{4})年(\d{1,2})月(\d{1,2})日/u];
  for (const pattern of patterns) {
    const m = pattern.exec(name);
    if (m) {
      const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date) return date;
    }
  }
  return null;
}

/** A front-matter date: a YAML timestamp (a Date) or a string that starts with a date. */
export function dateFromFrontMatter(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return DateTime.fromJSDate(value, { zone: ZONE }).toISODate();
  }
  if (typeof value === 'string') {
    const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/u.exec(value);
    if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

export interface ContentDate {
  date: string;
  /** What the inference rests on, for the report. */
  evidence: string;
}

/** The day a news lead opens with: `5月30日,…`, `2025年5月30日上午,…`. */
const LEAD_DAY = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/u;
/** A day mentioned, unless announced ahead (`将于6月1日`, `6月1日起`, `至6月2日`). */
const PAST_DAY = /(?<!将于?|至|到|—|-|~)(\d{1,2})月(\d{1,2})日(?!起|前|之前|以前|至|—|-|~)/gu;
/** A relative day with its date in brackets pins the edition: `今天(5月31日)`, `昨天(5月30日)`. */
const RELATIVE_DAY = /(今天|今日|明天|明日|昨天|昨日)\s*[(（](\d{1,2})月(\d{1,2})日[)）]/gu;
const RELATIVE_OFFSET: Record<string, number> = { 今天: 0, 今日: 0, 明天: -1, 明日: -1, 昨天: 1, 昨日: 1 };
/** A forecast's time stamp, `(市气象台5月30日16时发布)`: issued the day before the paper. */
const FORECAST_STAMP = /(\d{1,2})月(\d{1,2})日\s*\d{1,2}时发布/gu;
/** A year that ends a span or names a target (`2025—2027年`, `到2030年`, `排到了2026年`, `2035年远景目标`, `2030年前`) looks ahead, not back. */
const YEAR_MENTION = /(?<![\d—–\-~～至到])(?<!(?:至|到)了?\s?)(\d{4})(?=年(?!前|底前|之前|以前|远景|目标|规划|愿景)|届)/gu;
/** A month or a day of a year that has happened, unless announced ahead (`定于2025年6月10日`, `将于…`). */
const YEAR_MONTH = /(?<![\d—–\-~～至到])(?<!(?:将|将于|将在|定于|拟于|计划于?|预计于?|预定于?|(?:至|到)了)\s?)(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/gu;

/** The date a masthead or a page header prints, with its weekday: `2025年6月4日 星期三`, `2025年6月4日 周三`. */
const PRINTED_DATE = /^[\t \u3000]*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[(（]?\s*(?:星期|礼拜|周)([一二三四五六日天])/gmu;
const WEEKDAYS = '一二三四五六日';

/**
 * The edition's own date where the page prints it, as a masthead or a page header does:
 * a line that opens with a full date and its weekday. A story's sentence that names a day
 * (`活动定于2025年6月10日(星期二)举行`) does not open its line; and the weekday must be
 * the date's, or it is a misprint and no evidence. The first such line is the page's top.
 */
function printedEditionDate(text: string): ContentDate | null {
  for (const m of text.matchAll(PRINTED_DATE)) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    const weekday = WEEKDAYS.indexOf(m[4] === '天' ? '日' : (m[4] as string)) + 1;
    if (date && DateTime.fromISO(date, { zone: ZONE }).weekday === weekday) return { date, evidence: `the date the page prints, "${m[0].trim()}"` };
  }
  return null;
}

/**
 * Infers the edition date from the text. The date the page prints with its weekday is
 * the edition's. A relative day with its date
 * (`昨天(5月30日)`) pins the day; otherwise news stories open with the day of the
 * event (`5月30日,…`), the paper comes out on or after the latest of them, and a
 * weather forecast stamped on the eve dates it the day after. The year is the latest year the
 * text reports as past: the latest year mentioned (not counting the far ends of spans
 * and targets), and late enough that every `YYYY年M月` mentioned lies before the edition.
 * Returns null when the text gives no day or no year: a date is never invented.
 */
export function inferDateFromContent(text: string, leads: string[]): ContentDate | null {
  const printed = printedEditionDate(text);
  if (printed) return printed;
  const exact: Array<[number, number, string]> = [];
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const offset = RELATIVE_OFFSET[m[1] as string] ?? 0;
    const day = DateTime.fromObject({ year: 2000, month: Number(m[2]), day: Number(m[3]) }).plus({ days: offset });
    if (day.isValid) exact.push([day.month, day.day, `"${m[0]}"`]);
  }
  const pinned = exact.length > 0;
  const days: Array<[number, number, string]> = [...exact];
  for (const lead of pinned ? [] : leads) {
    const m = LEAD_DAY.exec(lead);
    if (m) days.push([Number(m[2]), Number(m[3]), `story lead "${m[0]}"`]);
  }
  for (const m of pinned ? [] : text.matchAll(FORECAST_STAMP)) {
    const stamp = DateTime.fromObject({ year: 2000, month: Number(m[1]), day: Number(m[2]) }).plus({ days: 1 });
    if (stamp.isValid) days.push([stamp.month, stamp.day, `forecast stamp "${m[0]}" (+1 day)`]);
  }
  if (days.length === 0) {
    // No lead gives its day: the latest day the text mentions that is not announced ahead.
    for (const m of text.matchAll(PAST_DAY)) days.push([Number(m[1]), Number(m[2]), `latest day mentioned "${m[0]}"`]);
  }
  if (days.length === 0) return null;
  // A paper's stories span a few days: when they straddle a new year, January comes after December.
  const straddles = days.some(([m]) => m === 12) && days.some(([m]) => m === 1);
  const order = (m: number) => (straddles && m <= 2 ? m + 12 : m);
  days.sort((a, b) => order(a[0]) - order(b[0]) || a[1] - b[1]);
  const latest = days.at(-1) as [number, number, string];
  const [month, day] = latest;

  let year = 0;
  let yearEvidence = '';
  for (const m of text.matchAll(YEAR_MENTION)) {
    const y = Number(m[1]);
    if (y > year && y >= 1900 && y <= 2100) {
      year = y;
      yearEvidence = `latest year mentioned ${y}`;
    }
  }
  for (const m of text.matchAll(YEAR_MONTH)) {
    const y = Number(m[1]);
    const mm = Number(m[2]);
    const dd = m[3] ? Number(m[3]) : 1;
    const floor = mm < month || (mm === month && dd <= day) ? y : y + 1;
    if (floor > year && floor <= 2100) {
      year = floor;
      yearEvidence = `"${m[0]}" lies before ${month}月${day}日`;
    }
  }
  if (!year) return null;
  const date = isoDate(year, month, day);
  return date ? { date, evidence: `${latest[2]}, ${yearEvidence}` } : null;
}
