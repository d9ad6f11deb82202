import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BUILD_MARKER, BUILD_MARKER_TEXT } from './output-folder.ts';
import { isProcessRunning } from './process-running.ts';

/**
 * Staging and publishing of a build: pages and index are written into a fresh folder
 * beside the output (same parent, so same file system and rename works), and only a
 * complete build replaces the output. Until then the previous site stays whole.
 */

/**
 * The folders a build with process id `pid` uses beside `outDir`; `trash` is the old site
 * that the remover with that process id is deleting (removeInBackground).
 */
export function sideFolders(
  outDir: string,
  pid: number = process.pid,
): { staging: string; previous: string; trash: string } {
  const name = basename(outDir);
  return {
    staging: join(dirname(outDir), `.${name}.warta-staging-${pid}`),
    previous: join(dirname(outDir), `.${name}.warta-previous-${pid}`),
    trash: join(dirname(outDir), `.${name}.warta-trash-${pid}`),
  };
}

/**
 * Cleans up after builds that were killed outright (SIGKILL, power loss): their staging
 * folders are removed; a previous site moved aside but never replaced (the build died
 * between its two renames) is put back; an old site whose remover died is removed.
 * Folders of builds and removers still running are left alone.
 */
export function recoverAbandonedBuilds(outDir: string): void {
  const pattern = new RegExp(
    `^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.warta-(staging|previous|trash)-(\\d+)$`,
  );
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const match = pattern.exec(entry);
    if (!match || isProcessRunning(Number(match[2]))) continue;
    const folder = join(parent, entry);
    if (match[1] === 'previous' && !existsSync(outDir)) renameSync(folder, outDir);
    else rmSync(folder, { recursive: true, force: true });
  }
}

/** A new, empty staging folder for this build. */
export function createStaging(outDir: string): string {
  const { staging } = sideFolders(outDir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Marks the finished staging folder as a Warta build and swaps it into place: the old
 * output is renamed aside, the staging folder renamed to the output, and only then is
 * the old one deleted. The two renames run back to back (no await between them, so no
 * signal handler runs in between); if the second fails, the old output is put back.
 */
export function publishStaging(staging: string, outDir: string): void {
  writeFileSync(join(staging, BUILD_MARKER), BUILD_MARKER_TEXT);
  const { previous } = sideFolders(outDir);
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
  if (hadPrevious) removeInBackground(previous, outDir);
}

/** The remover's program: deletes the folder named on its standard input. */
const REMOVE_FOLDER_FROM_STDIN = `let path = '';
process.stdin.setEncoding('utf8').on('data', (data) => (path += data)).on('end', () => {
  if (path) require('node:fs').rmSync(path, { recursive: true, force: true });
});`;

/**
 * Deletes `folder`, the old site just replaced, in a detached process of its own, so the
 * build is done as soon as the new site is in place: deleting the 37,000 files of a
 * 10,000-article site took 11 s of a 33 s rebuild on this machine. The folder is first
 * renamed to the remover's trash folder (sideFolders(outDir, its pid).trash), which
 * recoverAbandonedBuilds leaves alone while the remover runs and deletes if it died.
 */
function removeInBackground(folder: string, outDir: string): void {
  const remover = spawn(process.execPath, ['-e', REMOVE_FOLDER_FROM_STDIN], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  remover.on('error', () => {});
  if (remover.pid === undefined) {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  const { trash } = sideFolders(outDir, remover.pid);
  renameSync(folder, trash);
  remover.stdin!.end(trash);
  remover.unref();
}
