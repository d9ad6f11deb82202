import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShelfEntry } from '../query/shelf-manifest.ts';

/** What SearchPreload.astro writes where the newest shelf's folder and metadata file will be named. */
export const NEWEST_SHELF_PLACEHOLDER = '__rak_terbaru__';
export const INDEX_META_PLACEHOLDER = 'pagefind.__index_meta__.pf_meta';

/**
 * Names the newest shelf (known only once the index is written) in the /cari/ page's
 * preload links for its WebAssembly and metadata, so the browser fetches them with the
 * page instead of round trips later. With no shelf (no articles) those links go.
 */
export function nameSearchPreloads(outDir: string, searchPage: string, newest: ShelfEntry | undefined): void {
  const file = join(outDir, searchPage);
  const html = readFileSync(file, 'utf8');
  if (!html.includes(NEWEST_SHELF_PLACEHOLDER)) throw new Error(`${searchPage} has no index preload to name`);
  const named = newest
    ? html.replaceAll(NEWEST_SHELF_PLACEHOLDER, newest.id).replaceAll(INDEX_META_PLACEHOLDER, newest.meta)
    : html.replace(new RegExp(`<link[^>]*${NEWEST_SHELF_PLACEHOLDER}[^>]*>`, 'g'), '');
  writeFileSync(file, named);
}
