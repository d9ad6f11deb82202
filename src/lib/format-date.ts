import { LOCALE, TIMEZONE } from './locale.ts';

const longDate = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIMEZONE,
});

/** "Jumat, 8 November 2024": the reader-facing date, in Indonesian, in WIB. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}
