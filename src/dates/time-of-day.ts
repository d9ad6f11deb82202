import { LOCALE } from './locale.ts';
import { toWibIso, WIB_TIME_ZONE } from './wib.ts';

const clock = new Intl.DateTimeFormat(LOCALE, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: WIB_TIME_ZONE,
});

/** "14.30 WIB": the time of day as Indonesian newsrooms write it, in WIB. */
export function formatTimeOfDay(date: Date): string {
  return `${clock.format(date)} WIB`;
}

/** "2024-11-08": the day a date falls on in WIB. */
export const wibDay = (date: Date) => toWibIso(date).slice(0, 10);

/**
 * Whether a date was written with a time of day. A date written without one (2024-11-08)
 * is read as 00:00 WIB (src/dates/parse-date-time.ts), so 00:00 WIB exactly counts as no
 * time: a report written as published at 00:00:00 sharp shows none either.
 */
export const writtenWithTime = (date: Date) => !toWibIso(date).includes('T00:00:00');

/** Whether a report's publication time is known: its date is known (docs/design.md) and has a time. */
export function hasTimeOfDay(data: { pubDate: Date; dateSource?: string }): boolean {
  return data.dateSource !== 'default' && writtenWithTime(data.pubDate);
}
