import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '#src/files/replace-file.ts';
import { entryCacheTag, type ShelfEntry } from '#src/search/query/shelf-manifest.ts';

/** What SearchPreload.astro writes where the newest shelf's folder and files will be named. */
export const NEWEST_SHELF_PLACEHOLDER = '__rak_terbaru__';
export const INDEX_META_PLACEHOLDER = 'pagefind.__index_meta__.pf_meta';
export const INDEX_ENTRY_PLACEHOLDER = 'pagefind-entry.json?ts=__index_meta__';
/** The attribute marking those preload links, with the file each names: `wasm`, `meta` or `entry`. */
export const NEWEST_SHELF_ATTRIBUTE = 'data-rak-terbaru';

const PRELOAD_LINK = new RegExp(`<link\\b[^>]*\\b${NEWEST_SHELF_ATTRIBUTE}="(wasm|meta|entry)"[^>]*>`, 'g');
/** The last two segments of a link's href: the shelf folder and the file, whatever an earlier run named them. */
const SHELF_FILE = /href="([^"]*\/)[^/"]+\/[^/"]+"/;

/**
 * Names the newest shelf (known only once the index is written) in the /cari/ page's
 * preload links for its WebAssembly, metadata and entry file, so the browser fetches them with the
 * page instead of round trips later. With no shelf (no articles) those links go. Running
 * it again (an index rebuilt in place) names the new newest shelf.
 */
export function nameSearchPreloads(outDir: string, searchPage: string, newest: ShelfEntry | undefined): void {
  const file = join(outDir, searchPage);
  const html = readFileSync(file, 'utf8');
  if (!html.includes(`${NEWEST_SHELF_ATTRIBUTE}="`)) throw new Error(`${searchPage} has no index preload to name`);
  const named = html.replace(PRELOAD_LINK, (link, kind: string) => {
    if (!newest) return '';
    const name = {
      wasm: 'wasm.id.pagefind',
      meta: newest.meta,
      entry: `pagefind-entry.json?ts=${entryCacheTag(newest)}`,
    }[kind];
    return link.replace(SHELF_FILE, (_, bundle: string) => `href="${bundle}${newest.id}/${name}"`);
  });
  // The page may be a hard link the live site shares (src/publish/reuse-pages.ts).
  replaceFile(file, named);
}
