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

export interface ShelfManifest {
  shelves: ShelfEntry[];
}
