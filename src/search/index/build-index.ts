/**
 * Builds the search index of a built site into `<outDir>/pagefind/`: one Pagefind bundle
 * per shelf (shelves.ts) in `pagefind/<shelf>/`, the shared `pagefind.js` and highlight
 * script beside them, and `rak.json`, the shelves newest first, which /cari/ and the
 * Node search read. Given the output of a previous build, a shelf whose pages Pagefind
 * would read the same is copied from it instead of indexed again: the result is the same,
 * byte for byte, as indexing everything. Any problem throws with a message naming it, so
 * the build fails instead of shipping a broken search.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { linkTree } from '#src/files/link-tree.ts';
import { relativeInside } from '#src/files/relative-inside.ts';
import { replaceFile } from '#src/files/replace-file.ts';
import { LANG } from '#src/dates/locale.ts';
import { BUNDLE_DIR, SHELF_MANIFEST, SHELF_PAGES, WORD_CHUNK_POSITIONS } from '#src/search/config.ts';
import type { ShelfEntry, ShelfManifest } from '#src/search/query/shelf-manifest.ts';
import { articlePages, type ReadPage } from './article-pages.ts';
import { nameSearchPreloads } from './search-preloads.ts';
import { shelvesOf, type Shelf } from './shelves.ts';
import { splitWordChunks } from './word-chunks.ts';

/** The built /cari/ page, relative to the output folder. */
const SEARCH_PAGE = 'cari/index.html';
/** Build-only record of each shelf's digest, read by the next incremental run. */
const STATE_FILE = 'index-state.json';
/** What a shelf's folder keeps of what Pagefind writes: the index itself and the WebAssembly the newest shelf loads. */
const SHELF_FILES = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|fragment|filter|wasm\.id\.pagefind)$/;
/** Written once, for all shelves, into `pagefind/`. */
const SHARED_FILES = ['pagefind.js', 'pagefind-highlight.js'];

export interface IndexSummary {
  /** Article pages indexed. */
  pages: number;
  /** Where the bundles were written. */
  bundleDir: string;
  /** Shelves in all, and how many were indexed (the rest copied from the previous output). */
  shelves: number;
  indexed: number;
}

interface IndexState {
  pagefind: string;
  shelves: Record<string, string>;
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

/** The installed Pagefind's version: a shelf indexed by another version is never reused. */
const pagefindVersion = (): string =>
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string })
    .version;

/** Indexes `pages` of `outDir` with Pagefind into `dir` (a whole bundle), its word index cut at `chunkPositions`. */
async function writeBundle(outDir: string, pages: Shelf['pages'], dir: string, chunkPositions: number): Promise<void> {
  const created = await pagefind.createIndex({});
  if (!created.index || created.errors.length > 0) fail('creating the index', created.errors);
  const { index } = created;
  // All of a shelf's pages at once: Pagefind's service parses them side by side (a third
  // faster than one by one, measured), and its output does not depend on the order.
  await Promise.all(
    pages.map(async (page) => {
      const added = await index.addHTMLFile({
        url: `/${dirname(page.path)}/`,
        content: readFileSync(join(outDir, page.path), 'utf8'),
      });
      if (added.errors.length > 0 || !added.file)
        fail(`indexing ${page.path}`, added.errors.length > 0 ? added.errors : ['Pagefind skipped the page']);
    }),
  );
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) fail(`writing ${dir}`, written.errors);
  await index.deleteIndex();
  // Two articles with the very same text are one page to Pagefind: the entry may count fewer.
  checkLanguages(JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')), pages.length);
  splitWordChunks(dir, chunkPositions);
}

/** Moves the shared scripts out of a freshly written bundle and drops what shelves do not need. */
function settleBundle(dir: string, bundleRoot: string): void {
  for (const file of SHARED_FILES) {
    if (!existsSync(join(bundleRoot, file))) renameSync(join(dir, file), join(bundleRoot, file));
  }
  for (const name of readdirSync(dir)) if (!SHELF_FILES.test(name)) rmSync(join(dir, name), { recursive: true });
}

/**
 * Bump when articlePage (article-pages.ts) changes what it reads from a page: a record of
 * another version is not used.
 */
const PAGE_RECORD_VERSION = 1;

/** The article pages a previous run read, from its record (`pageRecord`); none if it left none or another format's. */
function readPageRecord(file: string | undefined, format: string): Map<string, ReadPage> {
  try {
    if (file === undefined) return new Map();
    const record = JSON.parse(readFileSync(file, 'utf8')) as { format: string; pages: ReadPage[] };
    if (record.format !== format) return new Map();
    return new Map(record.pages.map((page) => [page.path, page]));
  } catch {
    return new Map();
  }
}

function writePageRecord(file: string | undefined, format: string, pages: ReadPage[]): void {
  if (file === undefined) return;
  mkdirSync(dirname(file), { recursive: true });
  // Whole or not at all: another build from this cache may read it meanwhile.
  replaceFile(file, JSON.stringify({ format, pages }));
}

function readState(root: string | undefined): IndexState | undefined {
  if (!root || !existsSync(join(root, STATE_FILE))) return undefined;
  return JSON.parse(readFileSync(join(root, STATE_FILE), 'utf8')) as IndexState;
}

function manifestEntry(shelf: Shelf, bundleRoot: string): ShelfEntry {
  const entry = JSON.parse(readFileSync(join(bundleRoot, shelf.id, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  return {
    id: shelf.id,
    pages: shelf.pages.length,
    oldest: shelf.pages[0]!.date.slice(0, 10),
    newest: shelf.pages.at(-1)!.date.slice(0, 10),
    meta: `pagefind.${entry.languages[LANG]!.hash}.pf_meta`,
  };
}

/**
 * Indexes the site in `outDir`. With `previous` (the output folder of an earlier build,
 * which may be `outDir` itself), unchanged shelves are reused from `<previous>/pagefind/`
 * (hard-linked where the file system allows; moved if `previous` lies inside `outDir`,
 * which is then removed).
 * `pageRecord` is a file (outside the output: npm run build keeps it in Astro's cacheDir)
 * where each run records what it read from the article pages, so the next reads only the
 * pages that are new files (article-pages.ts).
 * `perShelf` is the shelf size (SHELF_PAGES) and `chunkPositions` the word chunk size
 * (WORD_CHUNK_POSITIONS); tests of small archives make both smaller.
 */
export async function buildSearchIndex(
  outDir: string,
  {
    previous,
    pageRecord,
    perShelf = SHELF_PAGES,
    chunkPositions = WORD_CHUNK_POSITIONS,
  }: { previous?: string; pageRecord?: string; perShelf?: number; chunkPositions?: number } = {},
): Promise<IndexSummary> {
  const bundleRoot = join(outDir, BUNDLE_DIR);
  let previousRoot = previous === undefined ? undefined : join(resolve(previous), BUNDLE_DIR);
  // Previous bundles inside the output folder are this run's own (npm run build links the
  // live site's there while Astro runs, or they are parked aside below): their reused
  // shelves are moved, not linked again, and what is left of them is removed at the end.
  let owned =
    previous !== undefined && relativeInside(resolve(outDir), resolve(previous)) ? resolve(previous) : undefined;
  if (previousRoot !== undefined && resolve(previousRoot) === resolve(bundleRoot) && existsSync(bundleRoot)) {
    // Indexing in place: the old bundles are the previous output; park them aside first.
    owned = mkdtempSync(join(outDir, '.pagefind-previous-'));
    renameSync(bundleRoot, join(owned, BUNDLE_DIR));
    previousRoot = join(owned, BUNDLE_DIR);
  }
  rmSync(bundleRoot, { recursive: true, force: true });
  mkdirSync(bundleRoot, { recursive: true });
  // A shelf indexed by another Pagefind or cut at another chunk size is never reused.
  const format = `${pagefindVersion()} chunks of ${chunkPositions}`;
  const before = readState(previousRoot);
  const reusable = before?.pagefind === format ? before.shelves : {};
  const recordFormat = `${format}, pages ${PAGE_RECORD_VERSION}`;
  const pages = articlePages(outDir, readPageRecord(pageRecord, recordFormat));
  const shelves = shelvesOf(pages, perShelf);
  let indexed = 0;
  try {
    for (const shelf of shelves) {
      const dir = join(bundleRoot, shelf.id);
      if (previousRoot && reusable[shelf.id] === shelf.digest && existsSync(join(previousRoot, shelf.id))) {
        // Linked, not copied: nothing writes into a shelf's files once Pagefind wrote them.
        if (owned) renameSync(join(previousRoot, shelf.id), dir);
        else await linkTree(join(previousRoot, shelf.id), dir);
        continue;
      }
      await writeBundle(outDir, shelf.pages, dir, chunkPositions);
      settleBundle(dir, bundleRoot);
      indexed++;
    }
    const needShared = SHARED_FILES.some((file) => !existsSync(join(bundleRoot, file)));
    if (needShared && previousRoot && SHARED_FILES.every((file) => existsSync(join(previousRoot, file)))) {
      for (const file of SHARED_FILES) cpSync(join(previousRoot, file), join(bundleRoot, file));
    } else if (needShared) {
      // No shelf written now and none to copy (an empty site): an empty index gives the scripts.
      const scratch = join(bundleRoot, '.empty');
      await writeBundle(outDir, [], scratch, chunkPositions);
      settleBundle(scratch, bundleRoot);
      rmSync(scratch, { recursive: true });
    }
  } finally {
    await pagefind.close();
    if (owned) rmSync(owned, { recursive: true, force: true });
  }
  const manifest: ShelfManifest = { shelves: shelves.map((shelf) => manifestEntry(shelf, bundleRoot)) };
  writeFileSync(join(bundleRoot, SHELF_MANIFEST), `${JSON.stringify(manifest)}\n`);
  const state: IndexState = {
    pagefind: format,
    shelves: Object.fromEntries(shelves.map((shelf) => [shelf.id, shelf.digest])),
  };
  writeFileSync(join(bundleRoot, STATE_FILE), `${JSON.stringify(state, null, 1)}\n`);
  writePageRecord(pageRecord, recordFormat, pages);
  return { pages: pages.length, bundleDir: bundleRoot, shelves: shelves.length, indexed };
}

/**
 * Indexes a built site and names the newest shelf in the /cari/ page's preloads: all that
 * `npm run build` does after `astro build`.
 */
export async function indexBuiltSite(
  outDir: string,
  options: { previous?: string; pageRecord?: string } = {},
): Promise<IndexSummary & { ms: number }> {
  const started = performance.now();
  const summary = await buildSearchIndex(outDir, options);
  const manifest = JSON.parse(readFileSync(join(summary.bundleDir, SHELF_MANIFEST), 'utf8')) as ShelfManifest;
  nameSearchPreloads(outDir, SEARCH_PAGE, manifest.shelves[0]);
  return { ...summary, ms: Math.round(performance.now() - started) };
}
