import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `data` to `path` as a new file (a temp file beside it, then a rename), never into
 * the file already there: a reader sees the old bytes or the new ones, never half, and a
 * file with other names (a hard link the live site shares) keeps its old bytes under them.
 */
export function replaceFile(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}
