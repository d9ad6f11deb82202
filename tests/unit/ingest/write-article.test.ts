import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArticle } from '#src/ingest/write-article.ts';
import { filesIn, tempDir } from '#tests/support/ingest.ts';

const NEW_PHOTO = new Uint8Array([1, 2, 3, 4]);

describe('writeArticle with a photo', () => {
  it('writes the entry and its photo, leaving no temp file', () => {
    const dir = tempDir();
    const photo = { path: join(dir, 'berita.jpg'), bytes: NEW_PHOTO, replace: false, shownAs: 'berita.jpg' };
    writeArticle(join(dir, 'berita.md'), 'isi\n', { photo });
    expect(filesIn(dir)).toEqual(['berita.jpg', 'berita.md']);
    expect([...readFileSync(join(dir, 'berita.jpg'))]).toEqual([1, 2, 3, 4]);
  });

  it('removes the new photo when the entry cannot be written', () => {
    const dir = tempDir();
    // An entry appeared at the path: a new entry may not replace it.
    writeFileSync(join(dir, 'berita.md'), 'lain\n');
    const photo = { path: join(dir, 'berita.jpg'), bytes: NEW_PHOTO, replace: false, shownAs: 'berita.jpg' };
    expect(() => writeArticle(join(dir, 'berita.md'), 'isi\n', { photo, shownAs: 'berita.md' })).toThrow(
      'berita.md appeared while writing; run again to compare it',
    );
    expect(filesIn(dir)).toEqual(['berita.md']);
    expect(readFileSync(join(dir, 'berita.md'), 'utf8')).toBe('lain\n');
  });

  it('puts the previous photo back when the entry cannot be written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berita.md'), 'lain\n');
    writeFileSync(join(dir, 'berita.jpg'), 'foto lama');
    const photo = { path: join(dir, 'berita.jpg'), bytes: NEW_PHOTO, replace: true, shownAs: 'berita.jpg' };
    expect(() => writeArticle(join(dir, 'berita.md'), 'isi\n', { photo })).toThrow(/appeared while writing/);
    expect(filesIn(dir)).toEqual(['berita.jpg', 'berita.md']);
    expect(readFileSync(join(dir, 'berita.jpg'), 'utf8')).toBe('foto lama');
  });

  it('removes the stale photo only once the entry is written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berita.md'), 'lama\n');
    writeFileSync(join(dir, 'berita.jpg'), 'foto lama');
    const photo = { path: join(dir, 'berita.png'), bytes: NEW_PHOTO, replace: true, shownAs: 'berita.png' };
    writeArticle(join(dir, 'berita.md'), 'baru\n', { replace: true, photo, stalePhoto: join(dir, 'berita.jpg') });
    expect(filesIn(dir)).toEqual(['berita.md', 'berita.png']);
    expect(readFileSync(join(dir, 'berita.md'), 'utf8')).toBe('baru\n');
  });
});
