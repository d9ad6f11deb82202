import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, runIngest, tempDir } from '#tests/support/ingest.ts';

const PROSE = 'Kalimat ini cukup panjang untuk menjadi sebuah paragraf prosa yang utuh dalam berita uji coba.';

/** A delivery: texts in the forms newsrooms send, and a manifest beside them. */
function delivery(): string {
  const dir = tempDir();
  const inbox = join(dir, 'kiriman');
  mkdirSync(inbox);
  writeFileSync(
    join(inbox, 'a.txt'),
    [
      'BOGOR, WARTA.com - Warga kota berkumpul di alun-alun.',
      'Advertisement',
      PROSE,
      'Banjir Melanda Kota',
      PROSE,
      'Baca juga:Judul Lain',
      'Pewarta : Ani Pewarta',
      'Editor: Budi Editor',
    ].join('\n'),
  );
  writeFileSync(join(inbox, 'b.txt'), `Cibinong (WARTA) - Rapat digelar Rabu (23/6) di balai kota.\n${PROSE}\n`);
  writeFileSync(join(inbox, 'c.txt'), `Warta6.com, Bogor -Hujan turun sejak pagi.\n${PROSE}\n`);
  writeFileSync(
    join(inbox, 'INDEX.tsv'),
    'file\tpublisher\ttitle\turl\tdate as given\tcategory\n' +
      'a.txt\tWarta.com\tWarga Berkumpul di Alun-alun\thttps://warta.example/a\tSenin, 3 Juni 2025 10:00 WIB\tRegional\n' +
      'b.txt\tWarta\t\t\t\t\n' +
      'c.txt\tWarta6.com\t\thttps://warta.example/c\t\t\n',
  );
  return dir;
}

describe('a delivery with a manifest', () => {
  it('takes title, date, URL, publisher and category from it, credits and subheadings from the text', () => {
    const dir = delivery();
    const run = runIngest(
      ['kiriman', '--manifest', 'kiriman/INDEX.tsv', '--out', 'out', '--default-date', '2018-01-01'],
      { cwd: dir },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(filesIn(join(dir, 'out'))).toEqual([
      'hujan-turun-sejak-pagi.md',
      'rapat-digelar-rabu-23-6-di-balai-kota.md',
      'warga-berkumpul-di-alun-alun.md',
    ]);
    const a = readFileSync(join(dir, 'out', 'warga-berkumpul-di-alun-alun.md'), 'utf8');
    expect(a).toContain('title: "Warga Berkumpul di Alun-alun"\n');
    expect(a).toContain('pubDate: "2025-06-03T10:00:00+07:00"\n');
    expect(a).toContain(
      'source:\n  name: "Warta.com"\n  url: "https://warta.example/a"\ncredits:\n  authors:\n    - "Ani Pewarta"\n  editor: "Budi Editor"\ncategory: "Regional"\n',
    );
    expect(a).toContain('\n\n## Banjir Melanda Kota\n\n');
    expect(a).toContain('\n\nBaca juga:Judul Lain\n');
    expect(a.split('\n---\n')[1]).not.toMatch(/Advertisement|Pewarta|Editor/);
    expect(run.stderr).toContain('kiriman/a.txt: warning: dropped page residue: line 2 "Advertisement"\n');
    expect(run.stderr).toContain(
      'kiriman/a.txt: warning: moved into the frontmatter (credits, syndication): line 7 "Pewarta : Ani Pewarta", line 8 "Editor: Budi Editor"\n',
    );
    // 3 June 2025 was a Tuesday: a warning, not a refusal.
    expect(run.stderr).toContain('says Senin, but 3 Juni 2025 was a Selasa');
    // No date anywhere but a day without a year: --default-date, and the warning says why.
    expect(run.stderr).toContain(
      'kiriman/b.txt: warning: no date given and the text\'s "Rabu (23/6)" on line 1 has no year: pubDate is --default-date, 2018-01-01T00:00:00+07:00',
    );
    // The proposed title and slug never hold the dateline.
    const c = readFileSync(join(dir, 'out', 'hujan-turun-sejak-pagi.md'), 'utf8');
    expect(c).toContain('title: "Hujan turun sejak pagi"\n');
    expect(c).toContain('\n\nWarta6.com, Bogor -Hujan turun sejak pagi.\n');
  });

  it('refuses a day without a year when no date is known, with the hint', () => {
    const dir = delivery();
    const run = runIngest(['kiriman/b.txt', '--manifest', 'kiriman/INDEX.tsv', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'kiriman/b.txt: no year: the text dates itself "Rabu (23/6)" (line 1); give the date in the manifest or with --date\n',
    );
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });

  it("ingests the manifest's files when no file is named, and knows an article sent again", () => {
    const dir = delivery();
    const first = runIngest(['--manifest', 'kiriman/INDEX.tsv', '--out', 'out', '--default-date', '2018-01-01'], {
      cwd: dir,
    });
    expect(first.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^ingest: 3 files: 3 written, 0 updated, 0 replaced, 0 unchanged, 0 failed in /,
    );
    // The same URL with a corrected text: the same entry, updated.
    writeFileSync(join(dir, 'kiriman', 'c.txt'), `Warta6.com, Bogor -Hujan turun sejak subuh.\n${PROSE}\n`);
    const second = runIngest(['--manifest', 'kiriman/INDEX.tsv', '--out', 'out', '--default-date', '2018-01-01'], {
      cwd: dir,
    });
    expect(second.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^ingest: 3 files: 0 written, 1 updated, 0 replaced, 2 unchanged, 0 failed in /,
    );
    expect(filesIn(join(dir, 'out'))).toHaveLength(3);
    expect(readFileSync(join(dir, 'out', 'hujan-turun-sejak-pagi.md'), 'utf8')).toMatch(
      /updatedDate: "[^"]+"[\s\S]*Hujan turun sejak subuh\./,
    );
  });

  it('refuses a row whose date it cannot read, naming the row; a cell with no digit is no date', () => {
    const dir = delivery();
    writeFileSync(
      join(dir, 'kiriman', 'INDEX.tsv'),
      'file\tpublisher\tdate\na.txt\tWarta.com\t31/31/2025\nc.txt\tWarta6.com\tGulir ke bawah\n',
    );
    const run = runIngest(
      [
        'kiriman/a.txt',
        'kiriman/c.txt',
        '--manifest',
        'kiriman/INDEX.tsv',
        '--out',
        'out',
        '--default-date',
        '2018-01-01',
      ],
      { cwd: dir },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[1/2] kiriman/a.txt: manifest row 2, date: "31/31/2025" is not a real date\n');
    expect(run.stderr).toContain(
      'kiriman/c.txt: warning: manifest row 3, date: "Gulir ke bawah" holds no date; ignored\n',
    );
    expect(run.stderr).toContain('[2/2] kiriman/c.txt: wrote out/hujan-turun-sejak-pagi.md\n');
  });
});
