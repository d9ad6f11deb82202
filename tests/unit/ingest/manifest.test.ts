import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionsFor } from '#src/ingest/batch.ts';
import { listCell, manifestRow, readManifest } from '#src/ingest/manifest.ts';
import { tempDir } from '#tests/support/ingest.ts';

function manifestFile(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('readManifest', () => {
  it("reads TSV with the corpus index's headers, quotes as text, empty cells left out", () => {
    const path = manifestFile(
      'INDEX.tsv',
      'file\tdataset\tpublisher\ttitle\turl\tdate as given\twords\n' +
        'a.txt\tuji\tWarta.com\tJudul "Berkutip" A\thttps://warta.example/a\t5/6/2025 10:00\t120\n' +
        'b.txt\tuji\tWarta.com\t\t\t9/17/2025 7:31\t80\n',
    );
    const manifest = readManifest(path);
    expect(manifestRow(manifest, join(path, '..', 'a.txt'))).toEqual({
      line: 2,
      file: 'a.txt',
      publisher: 'Warta.com',
      title: 'Judul "Berkutip" A',
      url: 'https://warta.example/a',
      date: '5/6/2025 10:00',
    });
    expect(manifestRow(manifest, join(path, '..', 'b.txt'))).toEqual({
      line: 3,
      file: 'b.txt',
      publisher: 'Warta.com',
      date: '9/17/2025 7:31',
    });
    // "9/17/2025" says the column is month-first: "5/6/2025" is 6 May.
    const options = optionsFor(join(path, '..', 'a.txt'), {}, manifest);
    expect(options.publisherDate).toEqual({ text: '5/6/2025 10:00', order: 'month-first' });
    expect(options.labels?.title).toBe('manifest row 2, title');
  });

  it('reads CSV with quoting, and JSON Lines with lists', () => {
    const csv = readManifest(
      manifestFile(
        'm.csv',
        'file,title,tags,authors,category\n"x.txt","Judul, dengan koma","Satu, Dua","Ani; Budi",Nasional\n',
      ),
    );
    const row = manifestRow(csv, join(csv.dir, 'x.txt'))!;
    expect(row).toMatchObject({ title: 'Judul, dengan koma', category: 'Nasional' });
    expect([listCell(row.tags, ','), listCell(row.authors, ';')]).toEqual([
      ['Satu', 'Dua'],
      ['Ani', 'Budi'],
    ]);
    const jsonl = readManifest(
      manifestFile(
        'm.jsonl',
        '{"file":"y.txt","tags":["A","B"],"authors":["Ani, S.H.","Budi"],"date":"2025-06-03"}\n\n',
      ),
    );
    const options = optionsFor(join(jsonl.dir, 'y.txt'), {}, jsonl);
    expect(options).toMatchObject({
      tags: ['A', 'B'],
      authors: ['Ani, S.H.', 'Budi'],
      publisherDate: { text: '2025-06-03' },
    });
  });

  it('refuses a manifest it cannot use, saying why', () => {
    expect(() => readManifest(manifestFile('m.txt', 'file\n'))).toThrow(
      'name it .tsv, .csv or .jsonl so its format is known',
    );
    expect(() => readManifest(manifestFile('m.tsv', 'title\nJudul\n'))).toThrow(
      'row 2 names no file (a "file" column is required)',
    );
    expect(() => readManifest(manifestFile('m.tsv', 'file\na.txt\na.txt\n'))).toThrow('row 3 names a.txt again');
    expect(() => readManifest(manifestFile('m.jsonl', '{"file":"a.txt"}\n[1]\n'))).toThrow(
      'line 2 is not a JSON object',
    );
    expect(() => readManifest(join(tempDir(), 'tidak-ada.tsv'))).toThrow('cannot read it (ENOENT)');
  });
});
