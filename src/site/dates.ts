// Dates on the site are edition dates in the paper's own time zone.
import { DateTime } from 'luxon';
import { ZONE } from '../article/zone.ts';

function toDateTime(value: unknown): DateTime {
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: 'utc' }).setZone(ZONE, { keepLocalTime: true });
  return DateTime.fromISO(String(value), { zone: ZONE });
}

/**
 * A formatter remembered per date string: every page names its edition's day, a decade
 * has under 4,000 of them, and a time-zone conversion costs far more than a lookup.
 */
function perDay(format: (value: unknown) => string): (value: unknown) => string {
  const known = new Map<string, string>();
  return (value) => {
    if (typeof value !== 'string') return format(value);
    let out = known.get(value);
    if (out === undefined) {
      out = format(value);
      known.set(value, out);
    }
    return out;
  };
}

/** 2025年5月31日 星期六 */
export const editionDate = perDay((value) => {
  const d = toDateTime(value);
  return d.isValid ? d.setLocale('zh-CN').toFormat('yyyy年M月d日 cccc') : String(value);
});

/** 2025-05-31, for `<time datetime>` */
export const isoDay = perDay((value) => {
  const d = toDateTime(value);
  return d.isValid ? (d.toISODate() as string) : String(value);
});

/** 2025年5月 */
export function monthLabel(month: { year: number; month: number }): string {
  return `${month.year}年${month.month}月`;
}

/** The edition's day as a point in time for feeds: midnight in the paper's zone. */
export const editionTimestamp = perDay((value) => {
  const d = toDateTime(value);
  return d.isValid ? (d.startOf('day').toISO({ suppressMilliseconds: true }) as string) : String(value);
});
