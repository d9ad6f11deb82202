import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Why a hard link cannot be made where a copy can: another file system, or one without links. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP']);

/**
 * Copies the folder `source` to `target` (which must not exist) by hard-linking its
 * files, or copying those that cannot be linked (another file system). A link makes no
 * new copy of the data, so the build reuses a big unchanged part of the last output in a
 * fraction of a copy's time (and the old output's later deletion frees nothing to
 * discard). Only for files that nothing writes in place afterwards: a linked file is one
 * file in both folders.
 */
export function linkTree(source: string, target: string): void {
  mkdirSync(target);
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isDirectory()) {
      linkTree(from, to);
      continue;
    }
    try {
      linkSync(from, to);
    } catch (error) {
      if (!CANNOT_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      copyFileSync(from, to);
    }
  }
}
