/**
 * The part of Pagefind's search API (`<bundle>/pagefind.js`, 1.6) that Warta uses. The
 * bundle ships without types; these follow docs/content/docs/api.md and the bundle's code.
 */

export type PagefindFilters = Record<string, string | string[]>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindOptions {
  /** Prefix of result URLs: the site's base path. */
  baseUrl?: string;
  /** Where the bundle lives (the search API calls the bundle path `basePath`). */
  basePath?: string;
  excerptLength?: number;
  excerptEllipsis?: string;
  /** Run the search on the main thread instead of a worker. */
  noWorker?: boolean;
  /** A filter every page of this bundle gets, e.g. { rak: 'rak-3' }. */
  mergeFilter?: Record<string, string>;
  /** Replaces the time in the entry file's `?ts=` (shelf-manifest.ts entryCacheTag). */
  metaCacheTag?: string;
}

export interface PagefindResultData {
  /** Result URL, with the base URL in front. */
  url: string;
  /** Text of the indexed body, words separated by whitespace. */
  content: string;
  /** HTML-escaped excerpt with the matched words in <mark>. */
  excerpt: string;
  /** The same excerpt as plain text. */
  plain_excerpt?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** Indexes of the matched words in `content` split on whitespace. */
  locations: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

/** One search over a primary bundle and the bundles merged into it. */
export interface PagefindInstance {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Adds another bundle (multisite search); its results are ranked with the rest. */
  mergeIndex(basePath: string, options?: PagefindOptions): Promise<void>;
  /** `null` searches by filters alone. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

/** The module `<bundle>/pagefind.js`. */
export interface PagefindApi {
  createInstance(options: PagefindOptions): PagefindInstance;
}
