import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIMPLE_RAW, filesIn, runIngest, tempDir } from '#tests/support/ingest.ts';

/** [case, file content, extra arguments, the problem the one-line message must state]. */
const cases: [string, string | Uint8Array, string[], RegExp][] = [
  ['an empty file', '', [], /^the file is empty$/],
  ['a whitespace-only file', ' \r\n\t\u00a0\n\n', [], /^the file holds only whitespace$/],
  [
    'a binary file',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    [],
    /^the file is binary, not text/,
  ],
  [
    'Latin-1 bytes',
    Buffer.from('Warta.example - Kafe\nHarga caf\xe9 naik, Senin (4/11/2024).\n', 'latin1'),
    [],
    /^the file is not UTF-8 text \(byte 0xE9 on line 2\); save it as UTF-8$/,
  ],
  ['no paragraph of text', 'Baca Juga: Judul Artikel Lain\n---\n* * *\n', [], /^the file has no paragraph of text/],
  [
    'no date given and none found',
    'Warta.example - Berita tanpa tanggal apa pun.\n',
    [],
    /^no date: pass --date YYYY-MM-DD/,
  ],
  [
    'a --date that is no date',
    SIMPLE_RAW,
    ['--date', 'besok'],
    /^--date "besok" is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM \(WIB\)$/,
  ],
  ['an impossible --date', SIMPLE_RAW, ['--date', '2024-02-30'], /^--date "2024-02-30" is not a real date and time$/],
  [
    'a non-http --source-url',
    SIMPLE_RAW,
    ['--source-url', 'ftp://warta.example/a'],
    /^--source-url: must be an http\(s\) URL$/,
  ],
  [
    'a --source-url that is no URL',
    SIMPLE_RAW,
    ['--source-url', 'warta.example/a'],
    /^--source-url: must be an http\(s\) URL$/,
  ],
  [
    'no publisher given and none in the dateline',
    'Jakarta - Berita, Senin (4/11/2024).\n',
    [],
    /^no source: pass --source-name/,
  ],
  [
    'a title with no letters for a slug',
    SIMPLE_RAW,
    ['--title', '東京'],
    /^the title "東京" gives no usable slug; pass --slug/,
  ],
  [
    'a --slug that is not lowercase ASCII words',
    SIMPLE_RAW,
    ['--slug', 'Berita Baru'],
    /^--slug "Berita Baru" must be lowercase ASCII words joined by hyphens$/,
  ],
  ['a --title that is empty', SIMPLE_RAW, ['--title', ' \u00a0'], /^--title: must not be empty$/],
];

describe('bad input: one line naming the file and the problem, exit 1, nothing written', () => {
  it.each(cases)('%s', (_name, content, args, problem) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'masukan.txt'), content);
    const run = runIngest(['masukan.txt', '--out', 'out', ...args], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter((line) => line !== '' && !line.includes(': warning: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^masukan\.txt: /);
    expect(lines[0]!.slice('masukan.txt: '.length)).toMatch(problem);
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });

  it('a file that does not exist', () => {
    const dir = tempDir();
    const run = runIngest(['hilang.txt', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('hilang.txt: no such file or folder\n');
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });
});
