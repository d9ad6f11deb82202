/**
 * Builds the Pagefind index of a built site with Pagefind's Node API, into
 * `<outDir>/pagefind/`: only article pages, one Indonesian index. Any problem throws
 * with a message naming it, so the build fails instead of shipping a broken search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANG } from '../lib/locale.ts';
import { BUNDLE_DIR, INDEX_GLOB } from './config.ts';
import { preloadIndexMeta } from './preload-index-meta.ts';

/** The built /cari/ page, relative to the output folder. */
const SEARCH_PAGE = 'cari/index.html';

export interface IndexSummary {
  /** Article pages indexed. */
  pages: number;
  /** Where the bundle was written. */
  bundleDir: string;
}

/** Article pages the build wrote: what the index must hold, one for one. */
function countArticlePages(outDir: string): number {
  const articlesDir = join(outDir, 'berita');
  try {
    return readdirSync(articlesDir, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && readdirSync(join(articlesDir, entry.name)).includes('index.html'),
    ).length;
  } catch {
    return 0;
  }
}

/**
 * Pagefind keys an index on the page's `lang`: "id" and "id-ID" would make two indexes,
 * and anything else loses the Indonesian stemmer. Exactly one index, "id", or none.
 */
export function checkLanguages(entry: { languages?: Record<string, unknown> }, pages: number): void {
  const languages = Object.keys(entry.languages ?? {});
  const expected = pages === 0 ? [] : [LANG];
  if (languages.join() !== expected.join()) {
    throw new Error(
      `Pagefind made indexes for [${languages.join(', ')}], expected [${expected.join(', ')}]: ` +
        `every article page must have <html lang="${LANG}">`,
    );
  }
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Search index: ${step} failed: ${errors.join('; ')}`);
}

export async function buildSearchIndex(outDir: string): Promise<IndexSummary> {
  const bundleDir = join(outDir, BUNDLE_DIR);
  const expected = countArticlePages(outDir);
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length > 0) fail('creating the index', created.errors);
    const { index } = created;
    const added = await index.addDirectory({ path: outDir, glob: INDEX_GLOB });
    if (added.errors.length > 0) fail(`indexing ${outDir}`, added.errors);
    if (added.page_count !== expected) {
      fail(`indexing ${outDir}`, [`indexed ${added.page_count} pages but the build wrote ${expected} articles`]);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) fail(`writing ${bundleDir}`, written.errors);
    checkLanguages(JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')), expected);
    return { pages: added.page_count, bundleDir };
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes a built site and names the index in the /cari/ page's preload: all that
 * `npm run build` does after `astro build`.
 */
export async function indexBuiltSite(outDir: string): Promise<IndexSummary & { ms: number }> {
  const started = performance.now();
  const summary = await buildSearchIndex(outDir);
  preloadIndexMeta(outDir, SEARCH_PAGE);
  return { ...summary, ms: Math.round(performance.now() - started) };
}
