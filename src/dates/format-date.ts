import { LOCALE } from './locale.ts';
import { WIB_TIME_ZONE } from './wib.ts';

const longDate = new Intl.DateTimeFormat(LOCALE, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: WIB_TIME_ZONE,
});

/** "Jumat, 8 November 2024": the reader-facing date, in Indonesian, in WIB. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}
