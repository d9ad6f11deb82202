/**
 * Search facts shared by the build (indexing), the article page, the /cari/ page and
 * the Node search. Plain constants: safe in browser bundles.
 */

/** Folder of the Pagefind bundle under the site's base path: `<out>/pagefind/`. */
export const BUNDLE_DIR = 'pagefind';

/** Query parameter that carries the words to mark on an article page. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Pagefind filter and sort keys, as tagged on article pages by SearchKeys.astro. */
export const FILTER_CATEGORY = 'kategori';
export const FILTER_TOPIC = 'topik';
export const SORT_DATE = 'date';
/** Metadata key holding editors' name variants (searchable, never shown). */
export const META_VARIANTS = 'varian';

/** Query parameters of /cari/: ?q=...&kategori=...&topik=...&urut=terbaru */
export const PARAM_QUERY = 'q';
export const PARAM_ORDER = 'urut';
export const ORDER_NEWEST = 'terbaru';

/** Words of excerpt around the match, and results loaded per "more" step. */
export const EXCERPT_WORDS = 30;
export const RESULTS_PER_PAGE = 10;
/**
 * Results a phone's first screen holds (375 × 800 px, under the search form): a new
 * search shows these as soon as their excerpts are in, and the rest of its page follows.
 * Each result's excerpt is a request of its own, and ten of them took about 30 ms on the
 * benchmark machine, half of a search's time (docs/search.md, "The first screen of results first").
 */
export const FIRST_SCREEN_RESULTS = 3;
/** At most this many distinct page words go into a result's highlight link. */
export const MAX_HIGHLIGHT_WORDS = 8;

/**
 * Articles per shelf, the unit the index is split into (src/search/index/shelves.ts):
 * small enough that a first search fetches little, large enough that it finds plenty.
 */
export const SHELF_PAGES = 1000;
/**
 * Word positions per chunk of a shelf's word index (src/search/index/word-chunks.ts): a
 * search loads one chunk per query word, and Pagefind's own 20,000 made that about 25 KB
 * gzip of real news; 2,500 make it about 4.5 KB, for 2.5 KB more of shelf metadata.
 */
export const WORD_CHUNK_POSITIONS = 2500;
/** A first search covers the newest shelves up to at least this many articles; each later step doubles what is covered. */
export const FIRST_STEP_PAGES = 1000;
/** The synthetic Pagefind filter naming the shelf of each result (for date order across shelves). */
export const SHELF_FILTER = 'rak';
/** The list of shelves, newest first, in the bundle folder. */
export const SHELF_MANIFEST = 'rak.json';
