import { LOCALE } from './locale.ts';
import { WIB_TIME_ZONE } from './wib.ts';

const yearMonth = new Intl.DateTimeFormat('en-CA', { timeZone: WIB_TIME_ZONE, year: 'numeric', month: '2-digit' });

/**
 * "2024/11": the month a date falls in, in the site's timezone (WIB), as the archive's
 * URL segments. An article published at 00:30 WIB on 1 December is December's, even
 * though it is still November in UTC.
 */
export function monthOf(date: Date): string {
  const parts = Object.fromEntries(yearMonth.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${parts.year}/${parts.month}`;
}

/** "2024": the year a date falls in, in the site's timezone (WIB). */
export function yearOf(date: Date): string {
  return monthOf(date).slice(0, 4);
}

const monthName = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "November 2024" for "2024/11", "2024" for "2024": a period as readers name it. */
export function periodLabel(period: string): string {
  const [year, month] = period.split('/').map(Number);
  return month ? monthName.format(new Date(Date.UTC(year!, month - 1, 15))) : String(year);
}
