import { TIMEZONE } from './locale.ts';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: TIMEZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'longOffset',
});

/**
 * "2024-11-08T00:00:00+07:00": an ISO 8601 date-time in the site's timezone with its
 * offset, for `<time datetime>`, JSON-LD and feeds, so machines see the same wall-clock
 * time readers do.
 */
export function toWibIso(date: Date): string {
  const p = Object.fromEntries(parts.formatToParts(date).map(({ type, value }) => [type, value]));
  // longOffset is "GMT+07:00" (or "GMT" for UTC itself).
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName!.slice(3);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}
