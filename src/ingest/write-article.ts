import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IngestError } from './errors.ts';

/**
 * Writes `content` to `path` atomically: a temp file in the same folder, then a rename
 * (`replace`) or a hard link where the file system has them, which fails rather than
 * replace a file that appeared meanwhile. A reader never sees half a file, and on any
 * error nothing is left behind. `shownAs` is how messages name the file.
 */
export function writeArticle(path: string, content: string, { replace = false, shownAs = path }: { replace?: boolean; shownAs?: string } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  // A dot file ending in .tmp: no content glob (**/*.md) ever picks it up.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx', flush: true });
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
