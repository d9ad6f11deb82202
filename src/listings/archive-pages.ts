import { paginate, type ListingPage } from './paginate.ts';

/** One page of a listing's archive: a period's articles, paginated within the period. */
export interface ArchivePage<T> extends ListingPage<T> {
  /** The period this page belongs to, as its URL segments ("2024/11", "2024"). */
  period: string;
  /** The next older period's first page, if there is one. */
  olderPeriodUrl?: string;
}

/** A period with how many items it holds, for an archive's table of contents. */
export interface ArchivePeriod {
  period: string;
  count: number;
  url: string;
}

export interface ArchiveOptions<T> {
  pageSize: number;
  /** The period an item belongs to, e.g. monthOf(pubDate): "2024/11". */
  periodOf: (item: T) => string;
  /** The route parameter of a period's first page ("2024/11", "korea-utara/2024"). */
  paramOf: (period: string) => string;
  /** The public URL of a route parameter. */
  urlOf: (param: string) => string;
}

/** Items grouped by period, in the order given (newest first in, newest first out). */
function groupByPeriod<T>(items: T[], periodOf: (item: T) => string): Map<string, T[]> {
  const periods = new Map<string, T[]>();
  for (const item of items) {
    const period = periodOf(item);
    const list = periods.get(period);
    if (list) list.push(item);
    else periods.set(period, [item]);
  }
  return periods;
}

/**
 * Splits a newest-first listing into archive pages by period (month, year), each period
 * paginated on its own from its newest item. A page's content depends only on its own
 * period's items and on the period before it, so a newer article never changes the
 * pages of a past period: they stay byte-identical, can be cached, and their URLs keep
 * pointing at the same articles. Periods come out newest first.
 */
export function archivePages<T>(items: T[], options: ArchiveOptions<T>): ArchivePage<T>[] {
  const { pageSize, periodOf, paramOf, urlOf } = options;
  const periods = [...groupByPeriod(items, periodOf)].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  return periods.flatMap(([period, periodItems], index) => {
    const older = periods[index + 1];
    const olderPeriodUrl = older ? urlOf(paramOf(older[0])) : undefined;
    return paginate(periodItems, pageSize, paramOf(period), (param) => urlOf(param!)).map((page) => ({
      ...page,
      period,
      olderPeriodUrl,
    }));
  });
}

/** The periods of a listing, newest first, with their item counts and first-page URLs. */
export function archivePeriods<T>(items: T[], options: Omit<ArchiveOptions<T>, 'pageSize'>): ArchivePeriod[] {
  return [...groupByPeriod(items, options.periodOf)]
    .map(([period, list]) => ({ period, count: list.length, url: options.urlOf(options.paramOf(period)) }))
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
}
