import { createHash } from 'node:crypto';
import { lstatSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, sep } from 'node:path';

/**
 * The output folder `astro build` is told to write to: a link, at a path fixed for the
 * checkout, to this build's staging folder. Astro writes the absolute path of its output
 * folder into the code of its `astro:assets` module, and that code is part of the hash
 * that decides whether an incremental build may copy a page from the last build
 * (experimental.incrementalBuild): with a staging folder named per build, no page that
 * shows a lead photo was ever reused. Through a link whose path never changes, every
 * build from this checkout (and every shard of a CI matrix, which checks out at the same
 * path) hashes the same. One `astro build` runs per checkout at a time (checkout-lock.ts),
 * so one link serves.
 *
 * The link lives in the temp folder, outside the working directory: an output folder
 * inside it gets Astro's prerender chunks, which Node would then load by their real path,
 * outside the checkout, where they cannot resolve node_modules. Run from a folder that
 * holds the temp folder (`/`), the build writes to the staging folder directly.
 */
export function linkAstroOutDir(
  projectRoot: string,
  staging: string,
  cwd: string,
): { path: string; remove: () => void } {
  const checkout = createHash('sha256').update(projectRoot).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `warta-${userInfo().uid}-${checkout}-out`);
  if (path.startsWith(cwd.endsWith(sep) ? cwd : cwd + sep)) return { path: staging, remove: () => {} };
  removeLink(path);
  symlinkSync(staging, path, 'dir');
  return { path, remove: () => removeLink(path) };
}

/** Removes the link if there is one (a build killed outright leaves it behind). */
function removeLink(path: string): void {
  try {
    if (lstatSync(path).isSymbolicLink()) unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
