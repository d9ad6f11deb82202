import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANG } from '../lib/locale.ts';
import { BUNDLE_DIR } from './config.ts';

/** What SearchPreload.astro writes where the index's metadata file will be named. */
export const INDEX_META_PLACEHOLDER = 'pagefind.__index_meta__.pf_meta';

/**
 * Names the index's metadata file (`pagefind.id_<hash>.pf_meta`, known only once the
 * index is written) in the /cari/ page's preload link, so the browser fetches it with
 * the page instead of two round trips later. With no index (no articles) the link goes.
 */
export function preloadIndexMeta(outDir: string, searchPage: string): void {
  const entry = JSON.parse(readFileSync(join(outDir, BUNDLE_DIR, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string } | undefined>;
  };
  const hash = entry.languages[LANG]?.hash;
  const file = join(outDir, searchPage);
  const html = readFileSync(file, 'utf8');
  if (!html.includes(INDEX_META_PLACEHOLDER)) throw new Error(`${searchPage} has no index preload to name`);
  const named = hash
    ? html.replaceAll(INDEX_META_PLACEHOLDER, `pagefind.${hash}.pf_meta`)
    : html.replace(new RegExp(`<link[^>]*${INDEX_META_PLACEHOLDER.replaceAll('.', '\\.')}[^>]*>`), '');
  writeFileSync(file, named);
}
