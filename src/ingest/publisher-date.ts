import { parseDateTimeWithOffset } from '#src/dates/parse-date-time.ts';
import {
  MONTHS,
  WEEKDAYS,
  alternatives,
  formatIndonesianDate,
  isoDate,
  isRealDate,
  weekdayName,
  weekdayOf,
} from './indonesian-dates.ts';

/** The order of a numeric date's day and month. */
export type NumericOrder = 'day-first' | 'month-first';

export type PublisherDate =
  | {
      /** "2025-06-03T11:15:00+07:00". */
      value: string;
      /** Set when the written weekday is not the date's. */
      weekdayWarning?: string;
    }
  | { problem: string };

/** Indonesia's three zones; a time without one is WIB. */
const ZONES: Record<string, string> = { wib: '+07:00', wita: '+08:00', wit: '+09:00' };

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/;
const WEEKDAY = String.raw`(?:(?<weekday>${alternatives(WEEKDAYS.keys())})\s*,?\s*)?`;
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${WEEKDAY}(?<day>\d{1,2})\s+(?<month>${alternatives(MONTHS.keys())})\.?\s+(?<year>\d{4})(?!\p{N})`,
  'iu',
);
const NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\p{N}/])${WEEKDAY}(?<a>\d{1,2})/(?<b>\d{1,2})/(?<year>\d{4})(?![\p{N}/])`,
  'iu',
);
/** A time after the date: "11:15", "19.32", "|14:30 WIB", with its zone if named. */
const TIME = /(?<![\p{N}])(?<hour>\d{1,2})[:.](?<minute>\d{2})(?![\p{N}])(?:\s*(?<zone>WITA|WIB|WIT)\b)?/iu;

/**
 * The form of a numeric date, for telling one publisher's column from another's:
 * "5/26/2025 19:32" and "Kompas.com- 18/06/2025, 19:46 WIB" differ. Undefined for other dates.
 */
export function numericForm(raw: string): string | undefined {
  return NUMERIC.test(raw) ? raw.replace(/\d+/gu, '9').trim() : undefined;
}

/**
 * The order that every numeric date of one form agrees with: day-first if any has a
 * first number above 12, month-first if any has a second one above 12, undefined when
 * none tells or they contradict each other.
 */
export function numericOrderOf(values: readonly string[]): NumericOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const g = NUMERIC.exec(value)?.groups;
    if (!g) continue;
    if (Number(g.a) > 12) dayFirst = true;
    if (Number(g.b) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? undefined : dayFirst ? 'day-first' : 'month-first';
}

/**
 * A date as publishers write it in their metadata: ISO ("2025-06-03", "2025-06-03T11:15"),
 * with a month name ("Diperbarui 03 Jun 2025, 11:15 WIB", "Senin, 08 Mei 2017 14:30 WIB",
 * "Tayang: Senin, 9 Juni 2025 10:05 WITA"), or numeric ("8/5/2017", "5/26/2025 19:32").
 * A numeric date whose day and month could be either way round needs `order`.
 */
export function parsePublisherDate(raw: string, order?: NumericOrder): PublisherDate {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, day, time = '00:00', seconds = ':00', offset = '+07:00'] = iso;
    const value = `${day}T${time}${seconds}${offset === 'Z' ? '+00:00' : offset}`;
    return parseDateTimeWithOffset(value) ? { value } : { problem: `"${raw}" is not a real date` };
  }
  const named = NAMED.exec(text);
  const numeric = named ? undefined : NUMERIC.exec(text);
  const match = named ?? numeric;
  if (!match)
    return {
      problem: `"${raw}" is not a date this tool reads (write YYYY-MM-DD, "3 Juni 2025 11:15 WIB" or "3/6/2025")`,
    };
  const g = match.groups!;
  let day: number;
  let month: number;
  if (named) {
    day = Number(g.day);
    month = MONTHS.get(g.month!.toLowerCase())!;
  } else {
    const [a, b] = [Number(g.a), Number(g.b)];
    const resolved = a > 12 ? 'day-first' : b > 12 ? 'month-first' : a === b ? 'day-first' : order;
    if (!resolved)
      return { problem: `"${raw}" could be day/month or month/day, and no other date of its form tells which` };
    [day, month] = resolved === 'day-first' ? [a, b] : [b, a];
  }
  const date = { year: Number(g.year), month, day };
  if (!isRealDate(date)) return { problem: `"${raw}" is not a real date` };
  const time = TIME.exec(text.slice(match.index + match[0].length));
  const hour = time ? time.groups!.hour!.padStart(2, '0') : '00';
  const minute = time ? time.groups!.minute! : '00';
  const offset = ZONES[(time?.groups!.zone ?? 'wib').toLowerCase()]!;
  const value = `${isoDate(date)}T${hour}:${minute}:00${offset}`;
  if (!parseDateTimeWithOffset(value)) return { problem: `"${raw}" is not a real date and time` };
  const weekday = g.weekday === undefined ? undefined : WEEKDAYS.get(g.weekday.toLowerCase());
  if (weekday === undefined || weekday === weekdayOf(date)) return { value };
  return {
    value,
    weekdayWarning: `the date "${raw}" says ${weekdayName(weekday)}, but ${formatIndonesianDate(date)} was a ${weekdayName(weekdayOf(date))}`,
  };
}
