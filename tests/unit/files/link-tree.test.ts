import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkTree } from '#src/files/link-tree.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small tree like a search shelf: a file and a nested folder of files. */
function shelf(parent: string): string {
  const dir = mkdtempSync(join(parent, 'warta-link-'));
  made.push(dir);
  mkdirSync(join(dir, 'fragment'));
  writeFileSync(join(dir, 'pagefind-entry.json'), '{"version":"1.6.0"}');
  writeFileSync(join(dir, 'fragment', 'a.pf_fragment'), 'satu');
  writeFileSync(join(dir, 'fragment', 'b.pf_fragment'), 'dua');
  return dir;
}

const FILES = ['pagefind-entry.json', 'fragment/a.pf_fragment', 'fragment/b.pf_fragment'];

describe('linkTree', () => {
  it('gives every file of the tree a second name: the same file, no copy', async () => {
    const source = shelf(tmpdir());
    const target = join(source, '..', `${source.split('/').at(-1)}-linked`);
    made.push(target);
    await linkTree(source, target);
    for (const file of FILES) {
      expect(readFileSync(join(target, file), 'utf8')).toBe(readFileSync(join(source, file), 'utf8'));
      expect(statSync(join(target, file)).ino).toBe(statSync(join(source, file)).ino);
    }
    // Removing the old name leaves the file in the new tree.
    rmSync(source, { recursive: true });
    expect(readFileSync(join(target, 'fragment/b.pf_fragment'), 'utf8')).toBe('dua');
  });

  it('copies the files when the target is on another file system', async () => {
    // /dev/shm is a tmpfs of its own on Linux: links from the temp folder fail there with EXDEV.
    expect(statSync('/dev/shm').dev).not.toBe(statSync(tmpdir()).dev);
    const source = shelf(tmpdir());
    const target = join(mkdtempSync('/dev/shm/warta-link-'), 'shelf');
    made.push(join(target, '..'));
    await linkTree(source, target);
    for (const file of FILES) {
      expect(readFileSync(join(target, file), 'utf8')).toBe(readFileSync(join(source, file), 'utf8'));
      expect(statSync(join(target, file)).ino).not.toBe(statSync(join(source, file)).ino);
    }
  });

  it('refuses a target that exists, so no old file is kept by mistake', async () => {
    const source = shelf(tmpdir());
    const target = shelf(tmpdir());
    await expect(linkTree(source, target)).rejects.toThrow(/EEXIST/);
  });
});
