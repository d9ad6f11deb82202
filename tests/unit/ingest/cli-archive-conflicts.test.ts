import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, runIngest, tempDir } from '#tests/support/ingest.ts';

const BODY = 'Warta.example - Harga cabai naik di pasar kota.\nPedagang mengeluh, Senin (4/11/2024).\n';

/** The last line of a batch's stderr: its totals. */
const summary = (stderr: string) => stderr.trimEnd().split('\n').at(-1);

describe('a syndicated copy: the same text from another publisher or URL (issue 26)', () => {
  it('is its own entry under its own source; the first entry is left as it was', () => {
    const dir = tempDir();
    for (const name of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(join(dir, name), BODY);
    writeFileSync(
      join(dir, 'first.tsv'),
      'file\tpublisher\turl\ttitle\na.txt\tWarta.com\thttps://warta.example/a\tHarga Cabai Naik\n',
    );
    expect(runIngest(['--manifest', 'first.tsv', '--out', 'out'], { cwd: dir }).status).toBe(0);
    const original = readFileSync(join(dir, 'out', 'harga-cabai-naik.md'), 'utf8');

    writeFileSync(
      join(dir, 'copies.tsv'),
      'file\tpublisher\turl\ttitle\n' +
        'b.txt\tKabar Lain\thttps://kabar.example/b\tHarga Cabai Naik\n' +
        'c.txt\tWarta.com\thttps://warta.example/c\tHarga Cabai Naik\n',
    );
    const run = runIngest(['--manifest', 'copies.tsv', '--out', 'out'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(summary(run.stderr)).toMatch(/: 2 written, 0 updated, 0 replaced, 0 unchanged, 0 failed /);
    expect(readFileSync(join(dir, 'out', 'harga-cabai-naik.md'), 'utf8')).toBe(original);
    expect(filesIn(join(dir, 'out'))).toEqual([
      'harga-cabai-naik-2.md',
      'harga-cabai-naik-3.md',
      'harga-cabai-naik.md',
    ]);
    expect(readFileSync(join(dir, 'out', 'harga-cabai-naik-2.md'), 'utf8')).toContain(
      'source:\n  name: "Kabar Lain"\n  url: "https://kabar.example/b"\n',
    );
    expect(readFileSync(join(dir, 'out', 'harga-cabai-naik-3.md'), 'utf8')).toContain(
      'source:\n  name: "Warta.com"\n  url: "https://warta.example/c"\n',
    );
    expect(run.stderr).toContain(
      'b.txt: warning: the same text as out/harga-cabai-naik.md, from Warta.com (https://warta.example/a): a copy from another publisher or URL, written as its own entry under its own source\n',
    );
  }, 600_000);
});

describe('an entry edited by hand since the ingest wrote it (issue 26)', () => {
  const OPTIONS = ['--source-name', 'Warta.com', '--source-url', 'https://warta.example/cabai', '--out', 'out'];
  function ingested(): { dir: string; entry: string } {
    const dir = tempDir();
    writeFileSync(join(dir, 'berita.txt'), BODY);
    const first = runIngest(['berita.txt', ...OPTIONS], { cwd: dir });
    expect(first.status, first.stderr).toBe(0);
    return { dir, entry: join(dir, 'out', 'harga-cabai-naik-di-pasar-kota.md') };
  }

  it('is not overwritten by the same text sent again: a conflict naming the file, exit 1; --force goes through', () => {
    const { dir, entry } = ingested();
    const written = readFileSync(entry, 'utf8');
    expect(written).toContain('title: "Harga cabai naik di pasar kota"\n');
    expect(written).toContain('category: "Umum"\n');

    // Sent again, unedited: unchanged, not updated.
    const again = runIngest(['berita.txt', ...OPTIONS], { cwd: dir });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('berita.txt: unchanged out/harga-cabai-naik-di-pasar-kota.md\n');

    // An editor changes the title and the category and adds a paragraph.
    const edited = written
      .replace('title: "Harga cabai naik di pasar kota"', 'title: "Harga Cabai Melonjak"')
      .replace('category: "Umum"', 'category: "Ekonomi"')
      .concat('\nParagraf tambahan dari redaktur.\n');
    expect(edited).not.toBe(written);
    writeFileSync(entry, edited);
    const refused = runIngest(['berita.txt', ...OPTIONS], { cwd: dir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'berita.txt: conflict: out/harga-cabai-naik-di-pasar-kota.md was edited since the ingest wrote it (its ingestDigest no longer matches); not overwritten: pass --force to replace the edits\n',
    );
    expect(readFileSync(entry, 'utf8')).toBe(edited);

    const forced = runIngest(['berita.txt', ...OPTIONS, '--force'], { cwd: dir });
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('berita.txt: updated out/harga-cabai-naik-di-pasar-kota.md\n');
    const replaced = readFileSync(entry, 'utf8');
    // The digest it records, the last line of the frontmatter.
    expect(replaced).toMatch(/\ningestDigest: "sha256-[\w-]{43}"\n---\n/);
    expect(replaced).toContain('title: "Harga cabai naik di pasar kota"\n');
    expect(replaced).not.toContain('Paragraf tambahan');
    // The new digest holds: sent again, it is unchanged.
    const after = runIngest(['berita.txt', ...OPTIONS], { cwd: dir });
    expect(after.stderr).toContain('berita.txt: unchanged out/harga-cabai-naik-di-pasar-kota.md\n');
  }, 600_000);

  it('an entry without a digest (written by hand) is not overwritten by a correction either', () => {
    const { dir, entry } = ingested();
    const handWritten = readFileSync(entry, 'utf8').replace(/ingestDigest: .*\n/u, '');
    writeFileSync(entry, handWritten);
    writeFileSync(join(dir, 'berita.txt'), BODY.replace('Pedagang', 'Para pedagang'));
    const run = runIngest(['berita.txt', ...OPTIONS], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'berita.txt: conflict: out/harga-cabai-naik-di-pasar-kota.md has no ingestDigest (written by hand, or by an older ingest) and may hold edits; not overwritten: pass --force to replace it\n',
    );
    expect(readFileSync(entry, 'utf8')).toBe(handWritten);
    expect(filesIn(join(dir, 'out'))).toEqual(['harga-cabai-naik-di-pasar-kota.md']);
  }, 600_000);
});

describe('two inputs of one run naming one URL (issue 26)', () => {
  it('the second is a conflict naming the first, and does not overwrite it', () => {
    const dir = tempDir();
    const footer =
      'Artikel ini telah tayang di Warta.com dengan judul "Asli", Klik untuk baca: https://warta.example/x';
    writeFileSync(join(dir, 'a.txt'), `${BODY}${footer}\n`);
    writeFileSync(join(dir, 'b.txt'), `Warta.example - Harga bawang turun di pasar desa.\n${footer}\n`);
    const run = runIngest(['a.txt', 'b.txt', '--out', 'out', '--date', '2024-11-04'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'b.txt: conflict: the same article (url "https://warta.example/x") as a.txt, ingested earlier in this run; not overwritten\n',
    );
    expect(filesIn(join(dir, 'out'))).toEqual(['harga-cabai-naik-di-pasar-kota.md']);
    expect(readFileSync(join(dir, 'out', 'harga-cabai-naik-di-pasar-kota.md'), 'utf8')).toContain('Harga cabai naik');
  });
});
