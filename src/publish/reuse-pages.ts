import { existsSync, linkSync, lstatSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { setImmediate, setTimeout } from 'node:timers/promises';
import { dirname, join, relative } from 'node:path';
import { INCREMENTAL_MANIFEST_FILE, INCREMENTAL_PAGES_DIR } from './astro-internals.ts';
import type { IncrementalManifest } from './merge-incremental-manifests.ts';

/*
 * Astro's incremental build (experimental.incrementalBuild) records in its cacheDir the
 * pages of the last build it may reuse (INCREMENTAL_MANIFEST_FILE), and keeps a copy of
 * each under INCREMENTAL_PAGES_DIR.
 */

/**
 * Set for the `astro build` of a staging folder that starts with reused pages, to the
 * folder of Astro's copies of its pages (`<cacheDir>/dist`). Astro must then keep what the
 * staging folder holds, and wait for the links before it writes pages (output-guard.ts),
 * and write pages as new files (page-writes.ts).
 */
export const REUSED_PAGES_ENV = 'WARTA_REUSED_PAGES';

/** Where Astro keeps its copy of each page its last build recorded. */
export const cachedPagesDir = (cacheDir: string) => join(cacheDir, INCREMENTAL_PAGES_DIR);

/** Written into the staging folder when linking is over; removed before the build is published. */
export const PAGES_LINKED_MARKER = '.warta-pages-linked';

/** Pages linked between two turns of the event loop (about 50 ms of work). */
const LINKS_PER_TURN = 500;

/** The pages a staging folder starts with: output file (relative) → the inode linked. */
export type ReusedPages = Map<string, number>;

/** The output files Astro's last build recorded, or none if it left no readable record. */
function recordedPages(cacheDir: string): string[] {
  let manifest: IncrementalManifest;
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, INCREMENTAL_MANIFEST_FILE), 'utf8')) as IncrementalManifest;
  } catch {
    return [];
  }
  return Object.values(manifest.routes ?? {}).flatMap((route) =>
    Object.values(route.paths).map((path) => path.outputFile),
  );
}

/**
 * Starts the empty staging folder with the pages Astro's cache holds from the last
 * build, hard-linked, and then writes PAGES_LINKED_MARKER into it. Astro restores a
 * reusable page by copying it from its cache unless the output already has it: 12,000
 * copies were 5 of the 13 s that adding one article to 10,000 took. Linking them is
 * file-system work too (a folder per page), so it runs while Astro starts and syncs
 * content, and Astro waits for the marker before it writes a page (output-guard.ts). A
 * page that must be rendered again is written as a new file (page-writes.ts), so
 * neither the cache's copy nor the live site, which shares it, ever changes in place; a
 * page this build no longer has is removed afterwards (`dropUnusedPages`). Where links
 * cannot be made (the cache on another file system) nothing more is linked, and Astro
 * copies as before.
 */
export async function linkCachedPages(cacheDir: string, staging: string): Promise<ReusedPages> {
  const reused: ReusedPages = new Map();
  try {
    const folders = new Set<string>();
    const cachedPages = cachedPagesDir(cacheDir);
    const pages = recordedPages(cacheDir);
    for (const [index, file] of pages.entries()) {
      // Synchronous calls take half the processor time promises do (1.1 s against 2.3 s
      // for 12,000 pages), which Astro, starting meanwhile, needs; the event loop still
      // turns between batches, for signals and the steps' processes.
      if (index % LINKS_PER_TURN === 0) await setImmediate();
      const folder = dirname(file);
      if (!folders.has(folder)) mkdirSync(join(staging, folder), { recursive: true });
      folders.add(folder);
      const from = join(cachedPages, file);
      try {
        linkSync(from, join(staging, file));
        reused.set(file, lstatSync(from).ino);
      } catch (error) {
        // A page missing from the cache is rendered by Astro; any other failure ends linking.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') break;
      }
    }
  } finally {
    writeFileSync(join(staging, PAGES_LINKED_MARKER), '');
  }
  return reused;
}

/**
 * Resolves once `linkCachedPages` is over for this output folder (the staging folder);
 * throws if the process that links them (npm run build, this one's parent) is gone.
 */
export async function pagesLinked(outDir: string): Promise<void> {
  const parent = process.ppid;
  while (!existsSync(join(outDir, PAGES_LINKED_MARKER))) {
    if (process.ppid !== parent) throw new Error(`the build that links the last build's pages into ${outDir} is gone`);
    await setTimeout(20);
  }
}

/**
 * After `astro build`: removes PAGES_LINKED_MARKER, the linked pages that the build
 * neither kept nor wrote again (an article deleted since the last build), and the folders
 * they leave empty, so the output holds what a clean build's does.
 */
export function dropUnusedPages(cacheDir: string, staging: string, reused: ReusedPages): void {
  rmSync(join(staging, PAGES_LINKED_MARKER), { force: true });
  const kept = new Set(recordedPages(cacheDir));
  for (const [file, inode] of reused) {
    if (kept.has(file)) continue;
    const path = join(staging, file);
    // Written by this build (a page without a cache key now): a new file, not the link.
    if (lstatSync(path, { throwIfNoEntry: false })?.ino !== inode) continue;
    rmSync(path);
    for (let folder = dirname(path); relative(staging, folder) !== ''; folder = dirname(folder)) {
      try {
        rmdirSync(folder);
      } catch {
        break;
      }
    }
  }
}
