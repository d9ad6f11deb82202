import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { relativeInside } from '#src/files/relative-inside.ts';

/**
 * The file every Warta build leaves in its output. A folder holding it was written by a
 * build, so the next build may replace it whole; any other non-empty folder may hold
 * someone's files, and the build refuses to touch it.
 */
export const BUILD_MARKER = '.warta-build';

/** What the marker says to whoever opens it (constant, so rebuilds stay byte-identical). */
export const BUILD_MARKER_TEXT = 'Written by `npm run build` (Warta). The next build replaces this whole folder.\n';

/**
 * A path with its symlinks resolved, also when it does not exist yet: the nearest
 * existing ancestor's real path with the rest appended. Two spellings of one folder
 * (a symlink, "..", a trailing slash) then compare equal.
 */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPathOf(parent), basename(absolute));
}

/** True when `inner` is `outer` or lies inside it. */
const isSameOrInside = (inner: string, outer: string) => relativeInside(outer, inner) !== undefined;

interface ProtectedFolders {
  /** The project: the build reads its code and config from here. */
  projectRoot: string;
  /** The folder holding `articles/`. */
  contentDir: string;
}

/**
 * Refuses an output folder the build could destroy something in: the content folder,
 * the project root, a parent of either, anything inside the content folder, and any
 * existing folder that is neither empty nor marked by a previous build. Throws an error
 * whose message is one line naming the folder.
 */
export function checkOutputFolder(outDir: string, folders: ProtectedFolders): void {
  const out = realPathOf(outDir);
  const refuse = (why: string) => {
    throw new Error(`refusing to build into ${out}: ${why} (set WARTA_OUT_DIR to an empty folder or a previous build)`);
  };
  for (const [name, folder] of [
    ['the project root', folders.projectRoot],
    ['the content folder', folders.contentDir],
  ] as const) {
    const protectedPath = realPathOf(folder);
    if (isSameOrInside(protectedPath, out))
      refuse(out === protectedPath ? `it is ${name}` : `it holds ${name} (${protectedPath})`);
  }
  if (isSameOrInside(out, realPathOf(folders.contentDir))) refuse('it is inside the content folder');
  if (!existsSync(out)) return;
  if (!lstatSync(out).isDirectory()) refuse('it is not a folder');
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
    refuse(`it holds files no Warta build wrote (no ${BUILD_MARKER} marker)`);
  }
}
