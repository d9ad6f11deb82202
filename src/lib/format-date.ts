import { site } from '../site.config.ts';

const longDate = new Intl.DateTimeFormat(site.locale, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: site.timezone,
});

/** "Jumat, 8 November 2024": the reader-facing date, in Indonesian, in WIB. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}
