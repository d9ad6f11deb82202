/**
 * Loaded (`node --import`) into the `astro build` process that `npm run build` starts on a
 * staging folder holding reused pages (reuse-pages.ts). It changes how that process writes
 * files, in two ways.
 *
 * Never into a shared file. The reused pages are hard links: one file shared by the
 * staging folder, Astro's cache and the live site. Astro writes a page it renders again
 * with `fs.promises.writeFile`, which rewrites an existing file in place: through a link,
 * that would change the site being served before the build is done, and keep the change
 * if the build failed. Here a file with more than one name is removed first, so the write
 * makes a new file and the other names keep the old one.
 *
 * The cache's copy of a page is the page itself. Astro writes each page it renders twice:
 * into the output folder, then the same bytes into its cache (`<cacheDir>/dist/`). Here the
 * second write links the page just written instead, so the next build's linked pages are
 * the very files the live site has, and the index step knows them (article-pages.ts).
 */
import fs from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativeInside } from '#src/files/relative-inside.ts';
import { REUSED_PAGES_ENV } from '#src/publish/reuse-pages.ts';

/** Where Astro keeps its copy of each page, and the output folder it writes them into. */
const cachedPages = process.env[REUSED_PAGES_ENV];
const outDir = process.env.WARTA_OUT_DIR;

function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string' || Buffer.isBuffer(target)) return target.toString();
  return target instanceof URL ? fileURLToPath(target) : undefined;
}

/** Removes `path` if it names a file with other names (a hard link). */
function unshare(path: string): void {
  const stats = fs.lstatSync(path, { throwIfNoEntry: false });
  if (stats?.isFile() && stats.nlink > 1) fs.unlinkSync(path);
}

/**
 * Makes `path`, if it is the cache's copy of a page, a link to that page in the output
 * folder, provided the page holds `data` already; whether it did.
 */
function linkedToPage(path: string, data: unknown): boolean {
  if (!cachedPages || !outDir || !(typeof data === 'string' || data instanceof Uint8Array)) return false;
  const page = relativeInside(cachedPages, path);
  if (!page) return false;
  const written = join(outDir, page);
  try {
    if (!fs.readFileSync(written).equals(Buffer.from(data))) return false;
    fs.rmSync(path, { force: true });
    fs.linkSync(written, path);
    return true;
  } catch {
    // No such page in the output folder, or no link possible (another file system): a copy it is.
    return false;
  }
}

const { writeFile } = fs.promises;
fs.promises.writeFile = (async (target, data, ...rest) => {
  const path = pathOf(target);
  if (path !== undefined) {
    unshare(path);
    if (linkedToPage(path, data)) return;
  }
  return writeFile(target, data, ...rest);
}) as typeof writeFile;

const { writeFileSync } = fs;
fs.writeFileSync = ((target, ...rest) => {
  const path = pathOf(target);
  if (path !== undefined) unshare(path);
  return writeFileSync(target, ...rest);
}) as typeof writeFileSync;
