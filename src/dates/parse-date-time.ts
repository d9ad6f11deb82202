import { WIB_OFFSET } from './wib.ts';

/** "2024-11-08T14:30" with optional seconds, then a numeric offset such as "+07:00". */
const DATE_TIME_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-])(\d{2}):(\d{2})$/;

/**
 * Parses a date-time with an explicit offset, rejecting what `new Date()` would
 * silently roll over (February 31st, 25 o'clock, a +19:00 offset).
 */
export function parseDateTimeWithOffset(value: string): Date | undefined {
  const match = DATE_TIME_WITH_OFFSET.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second = 0, , offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => (part === undefined || part === '+' || part === '-' ? part : Number(part))) as number[];
  const calendar = new Date(Date.UTC(year!, month! - 1, day!));
  const valid =
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month! - 1 &&
    calendar.getUTCDate() === day &&
    hour! <= 23 &&
    minute! <= 59 &&
    second <= 59 &&
    offsetHours! <= 14 &&
    offsetMinutes! <= 59;
  return valid ? new Date(value) : undefined;
}

/** "2024-11-08": a date without a time, read as 00:00 WIB. */
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A frontmatter date as Astro users write it: a date-time with its offset
 * ("2024-11-08T14:30:00+07:00", or with Z for UTC) or a plain date ("2024-11-08", read
 * as 00:00 WIB). "format" when it is neither, "impossible" when it names no real moment.
 */
export function parseFrontmatterDate(value: string): Date | 'format' | 'impossible' {
  const text = value.trim();
  const withOffset = PLAIN_DATE.test(text) ? `${text}T00:00:00${WIB_OFFSET}` : text.replace(/Z$/i, '+00:00');
  if (!DATE_TIME_WITH_OFFSET.test(withOffset)) return 'format';
  return parseDateTimeWithOffset(withOffset) ?? 'impossible';
}
