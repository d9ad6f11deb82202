/**
 * One reader's searches over a shelved index, page by page: what the /cari/ page asks of
 * its worker (ui/search-worker.ts). A search starts in the newest shelves; `next()` shows
 * the next page of results and, once all are shown, searches older shelves step by step
 * until one finds something new. Results come shaped for display (`SearchHit`), so
 * nothing but plain data leaves the worker.
 */
import type { PagefindFilters, PagefindResult } from './pagefind-api.ts';
import { toSearchHit, type SearchHit } from './results.ts';
import type { ResultOrder, ShelfSearch } from './shelf-search.ts';

/** What a reader asked for. */
export interface SearchQuery {
  q: string;
  filters: PagefindFilters;
  order: ResultOrder;
}

/** A page of results and where the search stands after it. */
export interface ResultsPage {
  /** The results of this page, in order. */
  hits: SearchHit[];
  /** Results shown so far, this page's included. */
  shown: number;
  /** Results found and not shown yet. */
  remaining: number;
  /** Whether older shelves remain unsearched. */
  more: boolean;
  /** The oldest day in the shelves searched so far ("2025-06-19"), if any. */
  oldest: string | undefined;
}

export interface SearchSession {
  /** Opens the newest shelves ahead of a first search. */
  open(): Promise<void>;
  /**
   * A new search, from the newest shelves; `null` if a newer search superseded it.
   * `early`, if given, receives the page's first results as soon as they are ready,
   * ahead of the whole page (which the promise still brings, those first results included).
   */
  search(query: SearchQuery, early?: (first: ResultsPage) => void): Promise<ResultsPage | null>;
  /** The current search's next page, looking further back when all found are shown. */
  next(): Promise<ResultsPage | null>;
}

/**
 * `openIndex(fresh)` opens the newest shelves (`fresh`: again, dropping the older shelves
 * an earlier search reached into); `pageSize` results make a page, and a new search's
 * first `firstScreen` go to its `early` callback.
 */
export function searchSession(
  openIndex: (fresh: boolean) => Promise<ShelfSearch>,
  pageSize: number,
  firstScreen = pageSize,
): SearchSession {
  /** Each search gets a number; work for a superseded one stops and answers `null`. */
  let current = 0;
  let index: ShelfSearch | undefined;
  /** Whether the index reaches beyond the newest shelves (the next search opens it afresh). */
  let widened = false;
  let query: SearchQuery | undefined;
  let pending: PagefindResult[] = [];
  const shown = new Set<string>();

  const run = (of: SearchQuery, into: ShelfSearch) => into.search(of.q, { filters: of.filters, order: of.order });

  /** The next page of the current search; its first `firstScreen` results go to `early` once ready. */
  async function page(search: number, early?: (first: ResultsPage) => void): Promise<ResultsPage | null> {
    const next = pending.splice(0, pageSize);
    // Each result's data is a request of its own: all start at once.
    const loading = next.map(async (result) => toSearchHit(await result.data(), query?.q ?? ''));
    const standing = (hits: SearchHit[]): ResultsPage => ({
      hits,
      shown: shown.size + hits.length,
      remaining: pending.length + next.length - hits.length,
      more: index?.more ?? false,
      oldest: index?.searched.at(-1)?.oldest,
    });
    let complete = false;
    if (early && next.length > firstScreen) {
      void Promise.all(loading.slice(0, firstScreen)).then(
        (hits) => !complete && search === current && early(standing(hits)),
        // The whole page fails with the same error.
        () => {},
      );
    }
    const hits = await Promise.all(loading);
    complete = true;
    if (search !== current) return null;
    const whole = standing(hits);
    for (const result of next) shown.add(result.id);
    return whole;
  }

  return {
    async open() {
      await openIndex(false);
    },
    async search(next, early) {
      const search = ++current;
      const opened = await openIndex(widened);
      widened = false;
      const results = await run(next, opened);
      if (search !== current) return null;
      index = opened;
      query = next;
      pending = [...results];
      shown.clear();
      return page(search, early);
    },
    async next() {
      const search = current;
      if (pending.length === 0 && index?.more && query) {
        widened = true;
        do {
          await index.widen();
          const results = await run(query, index);
          if (search !== current) return null;
          pending = results.filter((result) => !shown.has(result.id));
        } while (pending.length === 0 && index.more);
      }
      return page(search);
    },
  };
}
