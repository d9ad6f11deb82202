import { LOCALE } from './locale.ts';
import { toWibIso } from './wib.ts';

/**
 * "2024/11": the month a date falls in, in the site's timezone (WIB), as the archive's
 * URL segments. An article published at 00:30 WIB on 1 December is December's, even
 * though it is still November in UTC. Taken from the WIB date-time's digits: every route
 * asks it of every article, and Intl's formatToParts took 0.1 s of each build at 10,000.
 */
export function monthOf(date: Date): string {
  return toWibIso(date).slice(0, 7).replace('-', '/');
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
