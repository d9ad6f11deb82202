import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, runIngest, tempDir } from '#tests/support/ingest.ts';

/** A short article whose first sentence (its proposed title) is `lede`. */
const raw = (lede: string) => `Warta.example - ${lede}\nParagraf kedua berita uji, Senin (4/11/2024).\n`;

/** Every article file the run wrote, as one text. */
const allWritten = (out: string) =>
  filesIn(out)
    .map((name) => readFileSync(join(out, name), 'utf8'))
    .join('\n');

describe('manifest paths stay inside its folder (issue 26)', () => {
  it('refuses rows naming ../, an absolute path or a link leading out, by row, and ingests the others', () => {
    const root = tempDir();
    const dir = join(root, 'kiriman');
    mkdirSync(dir);
    writeFileSync(join(root, 'rahasia.txt'), raw('Isi rahasia yang tidak boleh terbit.'));
    writeFileSync(join(root, 'rahasia-2.txt'), raw('Isi rahasia kedua yang tidak boleh terbit.'));
    writeFileSync(join(dir, 'baik.txt'), raw('Berita yang boleh terbit.'));
    symlinkSync(join(root, 'rahasia.txt'), join(dir, 'tautan.txt'));
    writeFileSync(
      join(dir, 'INDEX.tsv'),
      `file\tpublisher\n../rahasia.txt\tWarta\n${join(root, 'rahasia-2.txt')}\tWarta\ntautan.txt\tWarta\nbaik.txt\tWarta\n`,
    );
    const run = runIngest(['--manifest', 'kiriman/INDEX.tsv', '--out', 'out'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `rahasia.txt: manifest row 2, file: "../rahasia.txt" is outside the manifest's folder; nothing is read for this row\n`,
    );
    expect(run.stderr).toContain(
      `manifest row 3, file: "${join(root, 'rahasia-2.txt')}" is an absolute path; name files relative to the manifest's folder; nothing is read for this row\n`,
    );
    expect(run.stderr).toContain(
      `kiriman/tautan.txt: manifest row 4, file: "tautan.txt" links to a file outside the manifest's folder; nothing is read for this row\n`,
    );
    expect(filesIn(join(root, 'out'))).toEqual(['berita-yang-boleh-terbit.md']);
    expect(allWritten(join(root, 'out'))).not.toContain('rahasia');
  });

  it('refuses a photo outside the folder, and writes nothing for its row', () => {
    const root = tempDir();
    const dir = join(root, 'kiriman');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), raw('Berita dengan foto dari luar.'));
    writeFileSync(join(dir, 'INDEX.tsv'), 'file\tpublisher\timage\timage alt\na.txt\tWarta\t/etc/hostname\tFoto\n');
    const run = runIngest(['--manifest', 'kiriman/INDEX.tsv', '--out', 'out'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'kiriman/a.txt: manifest row 2, image: "/etc/hostname" is an absolute path; name files relative to the manifest\'s folder; nothing is read for this row\n',
    );
    expect(filesIn(join(root, 'out'))).toEqual([]);
  });
});

describe('two manifest rows with one URL (issue 26)', () => {
  it('are a conflict: both rows refused by number, nothing written for them, exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), raw('Berita pertama dengan alamat sama.'));
    writeFileSync(join(dir, 'b.txt'), raw('Berita kedua dengan alamat sama.'));
    writeFileSync(join(dir, 'c.txt'), raw('Berita ketiga yang lain.'));
    writeFileSync(
      join(dir, 'INDEX.tsv'),
      'file\tpublisher\turl\n' +
        'a.txt\tWarta\thttps://warta.example/satu\n' +
        'b.txt\tWarta\thttps://WARTA.example/satu\n' +
        'c.txt\tWarta\thttps://warta.example/tiga\n',
    );
    const run = runIngest(['--manifest', 'INDEX.tsv', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'a.txt: manifest row 2, url: "https://warta.example/satu" is also the url of row 3; one URL is one article, so none of these rows is ingested\n',
    );
    expect(run.stderr).toContain(
      'b.txt: manifest row 3, url: "https://WARTA.example/satu" is also the url of row 2; one URL is one article, so none of these rows is ingested\n',
    );
    expect(filesIn(join(dir, 'out'))).toEqual(['berita-ketiga-yang-lain.md']);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /: 1 written, 0 updated, 0 replaced, 0 unchanged, 2 failed /,
    );
  });
});

describe('a manifest not in UTF-8 (issue 26)', () => {
  /** A CSV as Excel writes "CSV" on Windows: Windows-1252 bytes. */
  function excelCsv(dir: string, cells: string): void {
    const bytes = [...cells].map((char) => {
      const code = { é: 0xe9, '’': 0x92 }[char] ?? char.charCodeAt(0);
      if (code > 0xff) throw new Error(`no byte for ${char} here`);
      return code;
    });
    writeFileSync(join(dir, 'INDEX.csv'), Uint8Array.from(bytes));
  }

  it('reads Windows-1252 (Excel) as such, with a warning, never as mojibake', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), raw('Kopi pagi di kafe kota.'));
    excelCsv(dir, 'file,publisher,title,authors\r\na.txt,Warta,Kopi di Café José,José’s Crew\r\n');
    const run = runIngest(['--manifest', 'INDEX.csv', '--out', 'out'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      '--manifest INDEX.csv: warning: not UTF-8 (byte 0xE9 on line 2): read as Windows-1252, as Excel writes "CSV" on Windows;',
    );
    const file = readFileSync(join(dir, 'out', 'kopi-di-cafe-jose.md'), 'utf8');
    expect(file).toContain('title: "Kopi di Café José"\n');
    expect(file).toContain('    - "José’s Crew"\n');
    expect(file).not.toContain('\uFFFD');
  });

  it('refuses a manifest whose encoding cannot be told, and writes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), raw('Kopi pagi di kafe kota.'));
    // Mac Roman's "é" is 0x8E, Windows-1252's "Ž": no encoding is sure.
    writeFileSync(
      join(dir, 'INDEX.csv'),
      Uint8Array.from([...Buffer.from('file,title\na.txt,Caf'), 0x8e, ...Buffer.from('\n')]),
    );
    const run = runIngest(['--manifest', 'INDEX.csv', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'ingest: --manifest INDEX.csv: it is not UTF-8 (byte 0x8E on line 2), and no encoding can be told for sure (as Windows-1252 it would hold "Ž"); save it as UTF-8 ("CSV UTF-8" in Excel)\n',
    );
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });
});

describe('file names in two Unicode forms (issue 26)', () => {
  const NFC = 'k\u00F3pi.txt';
  const NFD = 'ko\u0301pi.txt';

  it('a manifest naming one file in NFC and NFD is refused as naming it twice', () => {
    const dir = tempDir();
    writeFileSync(join(dir, NFC), raw('Kopi pagi di kafe kota.'));
    writeFileSync(join(dir, 'INDEX.tsv'), `file\tpublisher\n${NFC}\tWarta\n${NFD}\tWarta Lain\n`);
    const run = runIngest(['--manifest', 'INDEX.tsv', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`ingest: --manifest INDEX.tsv: row 3 names ${NFD} again\n`);
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });

  it("a file named in NFD takes the metadata of the manifest's NFC row", () => {
    const dir = tempDir();
    writeFileSync(join(dir, NFD), raw('Kopi pagi di kafe kota.'));
    writeFileSync(join(dir, 'INDEX.tsv'), `file\tpublisher\tcategory\n${NFC}\tWarta\tEkonomi\n`);
    const run = runIngest([NFD, '--manifest', 'INDEX.tsv', '--out', 'out'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'kopi-pagi-di-kafe-kota.md'), 'utf8')).toContain('category: "Ekonomi"\n');
  });

  it('a folder holding twins refuses both: neither is published in place of the other', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'kiriman'));
    writeFileSync(join(dir, 'kiriman', NFC), raw('Kopi pagi di kafe kota.'));
    writeFileSync(join(dir, 'kiriman', NFD), raw('Kopi sore di kafe desa.'));
    writeFileSync(join(dir, 'kiriman', 'lain.txt'), raw('Berita lain yang utuh.'));
    expect(readdirSync(join(dir, 'kiriman'))).toHaveLength(3);
    const run = runIngest(['kiriman', '--out', 'out', '--source-name', 'Warta'], { cwd: dir });
    expect(run.status).toBe(1);
    for (const name of [NFC, NFD])
      expect(run.stderr).toContain(
        `kiriman/${name}: another file in the folder has this name in another Unicode form (NFC and NFD); keep one\n`,
      );
    expect(filesIn(join(dir, 'out'))).toEqual(['berita-lain-yang-utuh.md']);
  });
});
