import { copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IngestError } from './errors.ts';

/** Folders already made by this process: a batch makes its folder once. */
const made = new Set<string>();
/** Numbers the temp files of this process: with the pid, no two writers share a name. */
let written = 0;

/** The lead photo that goes beside the entry, written with it. */
export interface PhotoWrite {
  path: string;
  bytes: Uint8Array;
  /** Replace a different photo already there (an update, or --force); otherwise that is an error. */
  replace: boolean;
  /** How messages name the file. */
  shownAs: string;
}

export interface WriteOptions {
  /** Replace the file if it is there (an update); otherwise a file that appeared meanwhile is an error. */
  replace?: boolean;
  /** Flush to disk before the file appears (single files); a batch skips it for speed. */
  durable?: boolean;
  /** How messages name the file. */
  shownAs?: string;
  /** The entry's lead photo. */
  photo?: PhotoWrite;
  /** The entry's previous photo, under another name: removed once the entry no longer names it. */
  stalePhoto?: string;
}

/** A dot file ending in .tmp beside `path`: no content glob (**\/*.md) ever picks it up. */
const tempBeside = (path: string) =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${(written++).toString(16)}.tmp`);

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes `content` to `path` atomically: a temp file in the same folder, then a rename
 * (`replace`) or a hard link where the file system has them, which fails rather than
 * replace a file that appeared meanwhile. A reader never sees half a file, and on any
 * error nothing is left behind.
 *
 * With a `photo`, the photo goes in first the same way, and if the entry then cannot be
 * written the photo that was there before is put back (or the new one removed): the
 * entry and its photo change together or not at all.
 */
export function writeArticle(
  path: string,
  content: string,
  { replace = false, durable = true, shownAs = path, photo, stalePhoto }: WriteOptions = {},
): void {
  const dir = dirname(path);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  const temp = tempBeside(path);
  const photoTemp = photo && tempBeside(photo.path);
  let backup: string | undefined;
  /** The new photo is in place but the entry is not yet: undo it if the entry fails. */
  let photoPending = false;
  try {
    writeFileSync(temp, content, { flag: 'wx', flush: durable });
    const there = photo && readOrUndefined(photo.path);
    if (photo && photoTemp && !there?.equals(photo.bytes)) {
      if (there && !photo.replace)
        throw new IngestError(`${photo.shownAs} already exists with a different image; pass --force to replace it`);
      writeFileSync(photoTemp, photo.bytes, { flag: 'wx', flush: durable });
      if (there) copyFileSync(photo.path, (backup = tempBeside(photo.path)));
      renameSync(photoTemp, photo.path);
      photoPending = true;
    }
    if (replace) {
      renameSync(temp, path);
    } else {
      try {
        linkSync(temp, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new IngestError(`${shownAs} appeared while writing; run again to compare it`);
        }
        // A file system without hard links: the archive's check has to do.
        renameSync(temp, path);
      }
    }
    photoPending = false;
    if (stalePhoto) rmSync(stalePhoto, { force: true });
  } finally {
    if (photo && photoPending) {
      if (backup) renameSync(backup, photo.path);
      else rmSync(photo.path, { force: true });
    }
    for (const file of [temp, photoTemp, backup]) if (file) rmSync(file, { force: true });
  }
}
