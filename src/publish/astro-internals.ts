/**
 * Every Astro internal Warta depends on: names, files and behaviours that are not Astro's
 * public API, so a release may move them without notice. Each entry names the file of
 * `astro/dist/` that defines it and the text that shows it is still there;
 * tests/unit/publish/astro-internals.test.ts reads the installed Astro and fails
 * naming the internal when an upgrade moves one. Checked against Astro 7.3.5 and 7.4.8.
 */

/** Astro's content sync writes the whole store here (`<cacheDir>/data-store.json`). */
export const DATA_STORE_FILE = 'data-store.json';
/** The incremental build's record of the pages it may reuse (`<cacheDir>/incremental-build.json`). */
export const INCREMENTAL_MANIFEST_FILE = 'incremental-build.json';
/** The folder of the incremental build's copy of each page (`<cacheDir>/dist/`). */
export const INCREMENTAL_PAGES_DIR = 'dist';
/** The virtual module of the content layer's data store, as Vite resolves it. */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
/**
 * The mark the incremental build leaves out of its code hash: the store is data, and each
 * page's cache key already covers the entries it shows.
 */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** One internal: what it is, where Astro defines it, and the text that shows it is there. */
export interface AstroInternal {
  name: string;
  /** A file below `node_modules/astro/dist/`. */
  file: string;
  /** Text the file holds while the internal is what Warta expects. */
  holds: string;
  /** Who depends on it. */
  usedBy: string;
}

/** @internal For the test that checks each is still there. */
export const ASTRO_INTERNALS: readonly AstroInternal[] = [
  {
    name: 'the data store file name',
    file: 'content/consts.js',
    holds: `DATA_STORE_FILE = "${DATA_STORE_FILE}"`,
    usedBy: 'src/astro-patches/data-store-module.ts, scripts/merge-shards.ts',
  },
  {
    name: 'the data store virtual module id',
    file: 'content/consts.js',
    holds: 'RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID',
    usedBy: 'src/astro-patches/data-store-module.ts',
  },
  {
    name: 'the data store virtual module name',
    file: 'content/consts.js',
    holds: `DATA_STORE_VIRTUAL_ID = "${DATA_STORE_MODULE_ID.slice(1)}"`,
    usedBy: 'src/astro-patches/data-store-module.ts',
  },
  {
    name: 'the incremental content-data mark',
    file: 'core/build/incremental-metadata.js',
    holds: `ASTRO_INCREMENTAL_META_KEY = "astroIncremental"`,
    usedBy: 'src/astro-patches/data-store-module.ts',
  },
  {
    name: 'the incremental content-data kind',
    file: 'core/build/incremental-metadata.js',
    holds: `kind: "${CONTENT_DATA_META.astroIncremental.kind}"`,
    usedBy: 'src/astro-patches/data-store-module.ts',
  },
  {
    name: 'the incremental manifest file name',
    file: 'core/build/incremental.js',
    holds: `INCREMENTAL_CACHE_FILE = "${INCREMENTAL_MANIFEST_FILE}"`,
    usedBy: 'src/publish/reuse-pages.ts, scripts/merge-shards.ts',
  },
  {
    name: "the incremental build's page copies folder",
    file: 'core/build/incremental.js',
    holds: `INCREMENTAL_OUTPUT_DIR = "${INCREMENTAL_PAGES_DIR}/"`,
    usedBy: 'src/publish/reuse-pages.ts, src/astro-patches/page-writes.ts, scripts/merge-shards.ts',
  },
  {
    name: 'the incremental manifest format (version 1: routes → paths → cacheKey, outputFile)',
    file: 'core/build/incremental.js',
    holds: 'CACHE_VERSION = 1',
    usedBy: 'src/publish/merge-incremental-manifests.ts, src/publish/reuse-pages.ts',
  },
  {
    name: 'pages written with fs.promises.writeFile',
    file: 'core/build/generate.js',
    holds: 'nodeFs.promises.writeFile(result.outFile, result.body)',
    usedBy: 'src/astro-patches/page-writes.ts',
  },
  {
    name: "the cache's page copies written with fs.promises.writeFile",
    file: 'core/build/incremental.js',
    holds: 'fs.promises.writeFile(cachedOutputFile, body)',
    usedBy: 'src/astro-patches/page-writes.ts',
  },
  {
    name: "the content layer's import maps written into the project's .astro/",
    file: 'content/consts.js',
    holds: 'ASSET_IMPORTS_FILE = "content-assets.mjs"',
    usedBy: 'src/publish/checkout-lock.ts',
  },
];
