import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIMPLE_RAW, filesIn, runIngest, tempDir } from '#tests/support/ingest.ts';

const KAMIS_RAW = 'Warta.example - Berita kedua yang dikirim.\n"Sudah hadir," ujarnya, Kamis (8/11/2024).\n';

/** A folder of raw texts: two good ones, an empty one, and files that are not .txt or hidden. */
function inbox(): string {
  const dir = tempDir();
  const folder = join(dir, 'kiriman');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), SIMPLE_RAW);
  writeFileSync(join(folder, 'b.txt'), '');
  writeFileSync(join(folder, 'c.TXT'), KAMIS_RAW);
  writeFileSync(join(folder, 'catatan.md'), 'bukan masukan');
  writeFileSync(join(folder, '.d.txt'), 'tersembunyi');
  mkdirSync(join(folder, 'sub.txt'));
  return dir;
}

describe('a folder', () => {
  it('ingests every .txt in it, one progress line each and a summary; one bad file stops nothing', () => {
    const dir = inbox();
    const run = runIngest(['kiriman', '--out', 'out', '--category', 'Nasional'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('out/paragraf-pertama-berita-uji.md\nout/berita-kedua-yang-dikirim.md\n');
    const lines = run.stderr.trimEnd().split('\n');
    const progress = lines.filter((line) => line.startsWith('['));
    expect(progress).toEqual([
      '[1/3] kiriman/a.txt: wrote out/paragraf-pertama-berita-uji.md',
      '[2/3] kiriman/b.txt: the file is empty',
      '[3/3] kiriman/c.TXT: wrote out/berita-kedua-yang-dikirim.md',
    ]);
    expect(lines.at(-2)).toBe('ingest: failed 1: the file is empty');
    expect(lines.at(-1)).toMatch(
      /^ingest: 3 files: 2 written, 0 updated, 0 replaced, 0 unchanged, 1 failed in \d+\.\d s$/,
    );
    expect(lines).toContain(
      'kiriman/c.TXT: warning: line 2: "Kamis (8/11/2024)" says Kamis, but 8 November 2024 was a Jumat',
    );
    expect(filesIn(join(dir, 'out'))).toEqual(['berita-kedua-yang-dikirim.md', 'paragraf-pertama-berita-uji.md']);
    expect(readFileSync(join(dir, 'out', 'berita-kedua-yang-dikirim.md'), 'utf8')).toContain('category: "Nasional"\n');

    // Fixed, the folder goes through: exit 0, nothing rewritten.
    rmSync(join(dir, 'kiriman', 'b.txt'));
    const again = runIngest(['kiriman', '--out', 'out', '--category', 'Nasional'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(again.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^ingest: 2 files: 0 written, 0 updated, 0 replaced, 2 unchanged, 0 failed in /,
    );
  });

  it('refuses options that describe one article', () => {
    const dir = inbox();
    const run = runIngest(['kiriman', '--out', 'out', '--title', 'Satu Judul untuk Semua'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ingest: --title describes one article; it cannot apply to several files\n/);
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });

  it('says so when a folder has no .txt file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'kosong'));
    const run = runIngest(['kosong', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^\[1\/1\] kosong: the folder has no \.txt files\ningest: failed 1: the folder has no \.txt files\ningest: 1 file: 0 written, 0 updated, 0 replaced, 0 unchanged, 1 failed in \d+\.\d s\n$/,
    );
  });
});
