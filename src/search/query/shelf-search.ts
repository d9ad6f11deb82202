/**
 * Searching an index split into shelves (src/search/index/shelves.ts), the same way in the
 * browser and in Node: one Pagefind instance whose primary bundle is the newest shelf,
 * older shelves merged in (`mergeIndex`) one step at a time (search-steps.ts). Every
 * shelf carries a synthetic filter naming it, so results can be taken shelf by shelf:
 * that is how date order holds across shelves, since Pagefind ranks merged results by
 * score, and a sorted search scores each page by its place in its own shelf.
 */
import { SHELF_FILTER, SORT_DATE } from '#src/search/config.ts';
import type {
  PagefindApi,
  PagefindFilters,
  PagefindInstance,
  PagefindOptions,
  PagefindResult,
} from './pagefind-api.ts';
import { searchSteps } from './search-steps.ts';
import { entryCacheTag, type ShelfEntry, type ShelfManifest } from './shelf-manifest.ts';

/** Relevance (merged ranking), or by date, newest or oldest first. */
export type ResultOrder = 'relevance' | 'newest' | 'oldest';

export interface ShelfSearch {
  /** Shelves searched so far, newest first. */
  readonly searched: readonly ShelfEntry[];
  /** Whether older shelves remain to be searched. */
  readonly more: boolean;
  /** Adds the next step's shelves to what is searched. */
  widen(): Promise<void>;
  /** Adds every remaining shelf. */
  widenAll(): Promise<void>;
  /** Searches the shelves searched so far; `null` lists by filters alone. */
  search(query: string | null, options: { filters?: PagefindFilters; order?: ResultOrder }): Promise<PagefindResult[]>;
  /** Filters and counts over the shelves searched so far, without the shelf filter. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Opens a shelved index: `bundle` is the bundle folder's URL ("/pagefind/" or a file URL
 * in Node), `options` go to every shelf. The first step's shelves are merged at once.
 */
export async function openShelves(
  pagefind: PagefindApi,
  bundle: string,
  manifest: ShelfManifest,
  options: PagefindOptions & { firstPages: number },
): Promise<ShelfSearch> {
  const { firstPages, ...shelfOptions } = options;
  const byId = new Map(manifest.shelves.map((shelf) => [shelf.id, shelf]));
  const steps = searchSteps(manifest.shelves, firstPages);
  const searched: ShelfEntry[] = [];
  let instance: PagefindInstance | undefined;

  async function add(id: string): Promise<void> {
    const shelf = byId.get(id)!;
    const own = { ...shelfOptions, mergeFilter: { [SHELF_FILTER]: id }, metaCacheTag: entryCacheTag(shelf) };
    if (instance) await instance.mergeIndex(`${bundle}${id}/`, own);
    else {
      instance = pagefind.createInstance({ ...own, basePath: `${bundle}${id}/` });
      await instance.init();
    }
    searched.push(shelf);
  }

  async function widen(): Promise<void> {
    const step = steps.shift();
    if (step) for (const id of step) await add(id);
  }
  await widen();

  return {
    searched,
    get more() {
      return steps.length > 0;
    },
    widen,
    async widenAll() {
      while (steps.length > 0) await widen();
    },
    async search(query, { filters = {}, order = 'relevance' }) {
      if (!instance) return [];
      if (order === 'relevance') return (await instance.search(query, { filters })).results;
      const shelves = order === 'newest' ? searched : [...searched].reverse();
      const sort = { [SORT_DATE]: order === 'newest' ? 'desc' : 'asc' } as const;
      const results: PagefindResult[] = [];
      for (const shelf of shelves) {
        const response = await instance.search(query, { filters: { ...filters, [SHELF_FILTER]: shelf.id }, sort });
        results.push(...response.results);
      }
      return results;
    },
    async filters() {
      if (!instance) return {};
      const { [SHELF_FILTER]: _shelves, ...rest } = await instance.filters();
      return rest;
    },
  };
}
