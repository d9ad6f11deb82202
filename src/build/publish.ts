import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BUILD_MARKER, BUILD_MARKER_TEXT } from './output-folder.ts';
import { isProcessRunning } from './process-running.ts';

/**
 * Staging and publishing of a build: pages and index are written into a fresh folder
 * beside the output (same parent, so same file system and rename works), and only a
 * complete build replaces the output. Until then the previous site stays whole.
 */

/** The folders a build with process id `pid` uses beside `outDir`. */
export function sideFolders(outDir: string, pid: number = process.pid): { staging: string; previous: string } {
  const name = basename(outDir);
  return {
    staging: join(dirname(outDir), `.${name}.warta-staging-${pid}`),
    previous: join(dirname(outDir), `.${name}.warta-previous-${pid}`),
  };
}

/**
 * Cleans up after builds that were killed outright (SIGKILL, power loss): their staging
 * folders are removed; a previous site moved aside but never replaced (the build died
 * between its two renames) is put back. Folders of builds still running are left alone.
 */
export function recoverAbandonedBuilds(outDir: string): void {
  const pattern = new RegExp(
    `^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.warta-(staging|previous)-(\\d+)$`,
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
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
