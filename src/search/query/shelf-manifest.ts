/**
 * `<bundle>/rak.json`: the index's shelves, newest first (written by
 * src/search/index/build-index.ts, read by /cari/ and the Node search).
 */
export interface ShelfEntry {
  /** Folder of the shelf's Pagefind bundle below the bundle folder, e.g. "rak-3". */
  id: string;
  /** Articles on the shelf. */
  pages: number;
  /** Dates (WIB, "2025-06-01") of its oldest and newest article. */
  oldest: string;
  newest: string;
  /** Its Pagefind metadata file, for a preload. */
  meta: string;
}

/**
 * The tag Pagefind puts on the URL of a shelf's entry file (its `metaCacheTag` option,
 * `pagefind-entry.json?ts=<tag>`): the metadata file's hash, which changes exactly when
 * the shelf does. Without it Pagefind tags the URL with the time, so no cache or preload
 * could ever serve it.
 */
export const entryCacheTag = (shelf: ShelfEntry): string => shelf.meta.replace(/^pagefind\.|\.pf_meta$/g, '');

export interface ShelfManifest {
  shelves: ShelfEntry[];
}
