import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IngestError } from './errors.ts';

/** Folders already made by this process: a batch makes its folder once. */
const made = new Set<string>();
/** Numbers the temp files of this process: with the pid, no two writers share a name. */
let written = 0;

export interface WriteOptions {
  /** Replace the file if it is there (an update); otherwise a file that appeared meanwhile is an error. */
  replace?: boolean;
  /** Flush to disk before the file appears (single files); a batch skips it for speed. */
  durable?: boolean;
  /** How messages name the file. */
  shownAs?: string;
}

/**
 * Writes `content` to `path` atomically: a temp file in the same folder, then a rename
 * (`replace`) or a hard link where the file system has them, which fails rather than
 * replace a file that appeared meanwhile. A reader never sees half a file, and on any
 * error nothing is left behind.
 */
export function writeArticle(
  path: string,
  content: string,
  { replace = false, durable = true, shownAs = path }: WriteOptions = {},
): void {
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  // A dot file ending in .tmp: no content glob (**/*.md) ever picks it up.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${(written++).toString(16)}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx', flush: durable });
    if (replace) {
      renameSync(temp, path);
      return;
    }
    try {
      linkSync(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new IngestError(`${shownAs} appeared while writing; run again to compare it`);
      }
      // A file system without hard links: the archive's check has to do.
      renameSync(temp, path);
    }
  } finally {
    rmSync(temp, { force: true });
  }
}
