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
  /** A new search, from the newest shelves; `null` if a newer search superseded it. */
  search(query: SearchQuery): Promise<ResultsPage | null>;
  /** The current search's next page, looking further back when all found are shown. */
  next(): Promise<ResultsPage | null>;
}

/**
 * `openIndex(fresh)` opens the newest shelves (`fresh`: again, dropping the older shelves
 * an earlier search reached into); `pageSize` results make a page.
 */
export function searchSession(openIndex: (fresh: boolean) => Promise<ShelfSearch>, pageSize: number): SearchSession {
  /** Each search gets a number; work for a superseded one stops and answers `null`. */
  let current = 0;
  let index: ShelfSearch | undefined;
  /** Whether the index reaches beyond the newest shelves (the next search opens it afresh). */
  let widened = false;
  let query: SearchQuery | undefined;
  let pending: PagefindResult[] = [];
  const shown = new Set<string>();

  const run = (of: SearchQuery, into: ShelfSearch) => into.search(of.q, { filters: of.filters, order: of.order });

  async function page(search: number): Promise<ResultsPage | null> {
    const next = pending.splice(0, pageSize);
    const hits = await Promise.all(next.map(async (result) => toSearchHit(await result.data(), query?.q ?? '')));
    if (search !== current) return null;
    for (const result of next) shown.add(result.id);
    return {
      hits,
      shown: shown.size,
      remaining: pending.length,
      more: index?.more ?? false,
      oldest: index?.searched.at(-1)?.oldest,
    };
  }

  return {
    async open() {
      await openIndex(false);
    },
    async search(next) {
      const search = ++current;
      const opened = await openIndex(widened);
      widened = false;
      const results = await run(next, opened);
      if (search !== current) return null;
      index = opened;
      query = next;
      pending = [...results];
      shown.clear();
      return page(search);
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
