import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_MARKER } from '#src/publish/output-folder.ts';
import { createStaging, publishStaging, recoverAbandonedBuilds, sideFolders } from '#src/publish/publish.ts';

/** A folder holding one file with the given text. */
function folderWith(path: string, text: string): void {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
}

describe('staging and publishing', () => {
  it('swaps a finished staging folder in, marked, and the old site is deleted after it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'warta-publish-'));
    const outDir = join(parent, 'dist');
    folderWith(outDir, 'lama');
    const staging = createStaging(outDir);
    writeFileSync(join(staging, 'index.html'), 'baru');
    publishStaging(staging, outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('baru');
    expect(existsSync(join(outDir, BUILD_MARKER))).toBe(true);
    // The old site goes in a process of its own, once the new one is in place.
    await expect.poll(() => readdirSync(parent), { timeout: 60_000 }).toEqual(['dist']);
  });

  it('cleans up after a build killed outright, and leaves running builds and other folders alone', () => {
    const parent = mkdtempSync(join(tmpdir(), 'warta-recover-'));
    const outDir = join(parent, 'dist');
    const deadPid = spawnSync('true').pid!;
    const dead = sideFolders(outDir, deadPid);
    const alive = sideFolders(outDir, process.pid);
    // Killed between its two renames: the old site moved aside, no output.
    folderWith(dead.previous, 'situs lama');
    folderWith(dead.staging, 'setengah jadi');
    folderWith(alive.staging, 'sedang dibangun');
    // An old site whose remover died, and one whose remover is still at work.
    folderWith(dead.trash, 'situs lebih lama');
    folderWith(alive.trash, 'sedang dihapus');
    folderWith(join(parent, '.dist.cadangan'), 'milik orang lain');
    recoverAbandonedBuilds(outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('situs lama');
    expect(readdirSync(parent).sort()).toEqual([
      '.dist.cadangan',
      `.dist.warta-staging-${process.pid}`,
      `.dist.warta-trash-${process.pid}`,
      'dist',
    ]);
  });
});
