// Dates on the site are edition dates in the paper's own time zone.
import { DateTime } from 'luxon';
import { ZONE } from '../ingest/edition-date.ts';

function toDateTime(value: unknown): DateTime {
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: 'utc' }).setZone(ZONE, { keepLocalTime: true });
  return DateTime.fromISO(String(value), { zone: ZONE });
}

/** 2025年5月31日 星期六 */
export function editionDate(value: unknown): string {
  const d = toDateTime(value);
  return d.isValid ? d.setLocale('zh-CN').toFormat('yyyy年M月d日 cccc') : String(value);
}

/** 2025-05-31, for `<time datetime>` */
export function isoDay(value: unknown): string {
  const d = toDateTime(value);
  return d.isValid ? (d.toISODate() as string) : String(value);
}

/** 2025年5月 */
export function monthLabel(month: { year: number; month: number }): string {
  return `${month.year}年${month.month}月`;
}

/** The edition's day as a point in time for feeds: midnight in the paper's zone. */
export function editionTimestamp(value: unknown): string {
  const d = toDateTime(value);
  return d.isValid ? (d.startOf('day').toISO({ suppressMilliseconds: true }) as string) : String(value);
}
