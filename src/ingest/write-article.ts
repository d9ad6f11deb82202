import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IngestError } from './errors.ts';

/** What happened to the target file. */
export type WriteOutcome = 'written' | 'unchanged' | 'replaced';

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes `content` to `path` atomically: a temp file in the same folder, then a rename
 * (or, without `force`, a hard link where the file system has them, which fails rather
 * than replace a file that appeared meanwhile). A reader never sees half a file, and on any error nothing is
 * left behind. The same content already there is left untouched; different content is
 * only replaced with `force`. `shownAs` is how messages name the file.
 */
export function writeArticle(
  path: string,
  content: string,
  { force = false, shownAs = path }: { force?: boolean; shownAs?: string } = {},
): WriteOutcome {
  const existing = readIfExists(path);
  if (existing === content) return 'unchanged';
  if (existing !== undefined && !force) {
    throw new IngestError(`${shownAs} already exists with different content; pass --force to replace it`);
  }
  mkdirSync(dirname(path), { recursive: true });
  // A dot file ending in .tmp: no content glob (**/*.md) ever picks it up.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx', flush: true });
    if (force) {
      renameSync(temp, path);
      return existing === undefined ? 'written' : 'replaced';
    }
    try {
      linkSync(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new IngestError(`${shownAs} appeared while writing; run again to compare it`);
      }
      // A file system without hard links: the check above has to do.
      renameSync(temp, path);
    }
    return 'written';
  } finally {
    rmSync(temp, { force: true });
  }
}
