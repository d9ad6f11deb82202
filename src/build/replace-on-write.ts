/**
 * Loaded (`node --import`) into the `astro build` process that `npm run build` starts on a
 * staging folder holding reused pages (reuse-pages.ts). Those pages are hard links: one
 * file shared by the staging folder, Astro's cache and the live site. Astro writes a page
 * it renders again with `fs.promises.writeFile`, which rewrites an existing file in place:
 * through a link, that would change the site being served before the build is done, and
 * keep the change if the build failed. Here a file with more than one name is removed
 * first, so the write makes a new file and the other names keep the old one.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Removes `target` if it names a file with other names (a hard link); open files are left alone. */
function unshare(target: unknown): void {
  if (!(typeof target === 'string' || target instanceof URL || Buffer.isBuffer(target))) return;
  const path = target instanceof URL ? fileURLToPath(target) : target.toString();
  const stats = fs.lstatSync(path, { throwIfNoEntry: false });
  if (stats?.isFile() && stats.nlink > 1) fs.unlinkSync(path);
}

const { writeFile } = fs.promises;
fs.promises.writeFile = (async (target, ...rest) => {
  unshare(target);
  return writeFile(target, ...rest);
}) as typeof writeFile;

const { writeFileSync } = fs;
fs.writeFileSync = ((target, ...rest) => {
  unshare(target);
  return writeFileSync(target, ...rest);
}) as typeof writeFileSync;
