/**
 * Searching a built Pagefind index from Node, exactly as the browser does: the bundle's
 * own `pagefind.js` with its WebAssembly core, given a `fetch` that reads `file:` URLs.
 * Used by `npm run search` and by the tests, so they query the index that ships.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_DIR, EXCERPT_WORDS, FIRST_STEP_PAGES, SHELF_MANIFEST } from '#src/search/config.ts';
import type { PagefindApi, PagefindFilters } from './pagefind-api.ts';
import { toSearchHit, type SearchHit } from './results.ts';
import { openShelves } from './shelf-search.ts';
import type { ShelfManifest } from './shelf-manifest.ts';

/** The built site has no search index (not built, or built elsewhere). */
export class MissingIndexError extends Error {
  readonly bundleDir: string;
  constructor(bundleDir: string) {
    super(`No search index at ${bundleDir}: run "npm run build" first (or set WARTA_OUT_DIR to the built site).`);
    this.name = 'MissingIndexError';
    this.bundleDir = bundleDir;
  }
}

export interface NodeSearchOptions {
  /** Only results with these filter values, e.g. { topik: 'korea-utara' }. */
  filters?: PagefindFilters;
  /** Newest (or oldest) first instead of by relevance. */
  sort?: 'newest' | 'oldest';
  /** Stop after this many results (default: all). */
  limit?: number;
}

export interface NodeSearch {
  /** Runs one query; `null` lists by filters alone. */
  search(query: string | null, options?: NodeSearchOptions): Promise<SearchHit[]>;
  /** How many results a query has, without loading them. */
  count(query: string | null, options?: NodeSearchOptions): Promise<number>;
  /** Every filter and its values with their page counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

let fetchShimmed = false;

/** Lets the bundle's `fetch` read files: Pagefind loads its index and WebAssembly through it. */
function shimFileFetch(): void {
  if (fetchShimmed) return;
  fetchShimmed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return networkFetch(input, init);
    url.search = ''; // Pagefind adds ?ts=... to bust caches
    try {
      return new Response(await readFile(fileURLToPath(url)), { status: 200 });
    } catch {
      return new Response(null, { status: 404, statusText: 'Not Found' });
    }
  };
}

/**
 * Opens the index of a built site, every shelf of it, or with `reach: 'like-search-page'`
 * only the newest as /cari/ does (older ones are searched when those find nothing; for
 * the benchmark's relevance figures). `baseUrl` is the base path the site is served under
 * (result URLs carry it, as in the browser). Each site folder gets its own
 * module instance, so several builds can be searched side by side.
 */
export async function openIndex(
  outDir: string,
  { baseUrl = '/', reach = 'all' }: { baseUrl?: string; reach?: 'all' | 'like-search-page' } = {},
): Promise<NodeSearch> {
  const bundleDir = join(resolve(outDir), BUNDLE_DIR);
  const bundle = join(bundleDir, 'pagefind.js');
  const manifestFile = join(bundleDir, SHELF_MANIFEST);
  if (!existsSync(bundle) || !existsSync(manifestFile)) throw new MissingIndexError(bundleDir);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ShelfManifest;
  // A site without articles has no shelves: nothing to open.
  if (manifest.shelves.length === 0) {
    return { search: async () => [], count: async () => 0, filters: async () => ({}) };
  }
  shimFileFetch();
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(bundle).href)) as PagefindApi;
  const shelves = await openShelves(pagefind, `${pathToFileURL(bundleDir).href}/`, manifest, {
    baseUrl,
    excerptLength: EXCERPT_WORDS,
    excerptEllipsis: '…',
    firstPages: FIRST_STEP_PAGES,
  });
  if (reach === 'all') await shelves.widenAll();

  const run = async (query: string | null, options: NodeSearchOptions) => {
    const searchOnce = () =>
      shelves.search(query === null ? null : query.trim(), {
        filters: options.filters ?? {},
        order: options.sort ?? 'relevance',
      });
    let results = await searchOnce();
    // As /cari/ does: older shelves only when the newer ones have nothing.
    while (results.length === 0 && shelves.more) {
      await shelves.widen();
      results = await searchOnce();
    }
    return results;
  };

  return {
    async search(query, options = {}) {
      const results = await run(query, options);
      const chosen = results.slice(0, options.limit ?? results.length);
      return Promise.all(chosen.map(async (result) => toSearchHit(await result.data(), query ?? '')));
    },
    async count(query, options = {}) {
      return (await run(query, options)).length;
    },
    filters: () => shelves.filters(),
  };
}
