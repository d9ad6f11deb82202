import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIMPLE_RAW, filesIn, runIngest, tempDir } from '#tests/support/ingest.ts';

/** A folder holding `name` with `text`, and an empty output folder next to it. */
function setup(name: string, text: string | Uint8Array) {
  const dir = tempDir();
  writeFileSync(join(dir, name), text);
  return { dir, out: join(dir, 'out') };
}

const ALL_OPTIONS = [
  '--title',
  'Uji Coba Ingest',
  '--description',
  'Ringkasan uji.',
  '--date',
  '2024-11-04T09:15',
  '--category',
  'Nasional',
  '--tags',
  'Uji, Dua Kata,,Uji',
  '--source-name',
  'Warta Uji',
  '--source-url',
  'https://warta.example/asli',
  '--name-variants',
  'Ingest,Ingestion',
];

describe('ingest one file', () => {
  it('writes <out>/<slug>.md with the frontmatter and body, prints its path, warns of nothing', () => {
    const { dir, out } = setup('berita.txt', SIMPLE_RAW);
    const run = runIngest(['berita.txt', ...ALL_OPTIONS, '--out', 'out'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Shown relative to the folder the command was run from, as npm passes it.
    expect(run.stdout).toBe('out/uji-coba-ingest.md\n');
    const withoutDigest = [
      '---',
      'title: "Uji Coba Ingest"',
      'description: "Ringkasan uji."',
      'pubDate: "2024-11-04T09:15:00+07:00"',
      'source:',
      '  name: "Warta Uji"',
      '  url: "https://warta.example/asli"',
      'category: "Nasional"',
      'tags:',
      '  - "Uji"',
      '  - "Dua Kata"',
      'nameVariants:',
      '  - "Ingest"',
      '  - "Ingestion"',
      '---',
      '',
      'Warta.example - Paragraf pertama berita uji.',
      '',
      '"Kami siap," katanya, Senin (4/11/2024).',
      '',
    ].join('\n');
    // The last frontmatter line: the SHA-256 of the file without it (docs/ingest.md, "One archive").
    const digest = `sha256-${createHash('sha256').update(withoutDigest).digest('base64url')}`;
    expect(readFileSync(join(out, 'uji-coba-ingest.md'), 'utf8')).toBe(
      withoutDigest.replace('\n---\n\n', `\ningestDigest: "${digest}"\n---\n\n`),
    );
  });

  it('handles a BOM, CRLF, no-break spaces and trailing spaces', () => {
    const raw =
      '\ufeffWarta.example\u00a0- Harga\u00a0Rp\u00a010.000 per orang.  \r\n\r\n\u00a0\r\n"Naik," katanya, Senin (4/11/2024).\t \r\n';
    const { dir, out } = setup('crlf.txt', raw);
    const run = runIngest(['crlf.txt', ...ALL_OPTIONS, '--out', 'out'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(out, 'uji-coba-ingest.md'), 'utf8')).toMatch(
      /\n---\n\nWarta\.example - Harga Rp 10\.000 per orang\.\n\n"Naik," katanya, Senin \(4\/11\/2024\)\.\n$/,
    );
  });

  it('proposes what is missing and says so: date, headline, description, desk, publisher', () => {
    const { dir } = setup('berita.txt', SIMPLE_RAW);
    const content = tempDir('warta-content-');
    const run = runIngest(['berita.txt'], { cwd: dir, env: { WARTA_CONTENT_DIR: content } });
    expect(run.status, run.stderr).toBe(0);
    const path = join(content, 'articles', 'paragraf-pertama-berita-uji.md');
    expect(run.stdout).toBe(`${path}\n`);
    const warnings = run.stderr.trimEnd().split('\n');
    expect(warnings.every((line) => line.startsWith('berita.txt: warning: '))).toBe(true);
    expect(run.stderr).toMatch(
      /no --date: pubDate 2024-11-04T00:00:00\+07:00 .*00:00 WIB.*"Senin \(4\/11\/2024\)" on line 2/,
    );
    expect(run.stderr).toMatch(/no title: .*"Paragraf pertama berita uji"/);
    // The lede is one sentence, the headline now: the description is the next paragraph.
    expect(run.stderr).toContain(
      'no description: it is taken from the text, "\\"Kami siap,\\" katanya, Senin (4/11/2024)."\n',
    );
    expect(run.stderr).toMatch(/no category: filed under "Umum"/);
    expect(run.stderr).toMatch(/no source name: the publisher is "Warta\.example", from the dateline/);
    expect(warnings).toHaveLength(5);
    const file = readFileSync(path, 'utf8');
    expect(file).toContain('title: "Paragraf pertama berita uji"\n');
    expect(file).toContain('pubDate: "2024-11-04T00:00:00+07:00"\n');
    expect(file).toContain('source:\n  name: "Warta.example"\n');
    expect(file).toContain('category: "Umum"\n');
  });

  it('warns, without failing, when a weekday contradicts its date', () => {
    // 8 November 2024 was a Friday (Jumat), not a Thursday (Kamis).
    const { dir, out } = setup('kamis.txt', 'Warta.example - "Sudah hadir," ujarnya, Kamis (8/11/2024).\n');
    const run = runIngest(['kamis.txt', '--title', 'Kamis yang Jumat', '--out', out], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'kamis.txt: warning: line 1: "Kamis (8/11/2024)" says Kamis, but 8 November 2024 was a Jumat\n',
    );
    expect(filesIn(out)).toEqual(['kamis-yang-jumat.md']);
  });

  it("takes --slug over the title's", () => {
    const { dir, out } = setup('berita.txt', SIMPLE_RAW);
    const run = runIngest(['berita.txt', ...ALL_OPTIONS, '--slug', 'slug-pilihan-editor', '--out', out], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(filesIn(out)).toEqual(['slug-pilihan-editor.md']);
  });

  it('gives byte-identical output when run twice, and leaves the file untouched', () => {
    const { dir, out } = setup('berita.txt', SIMPLE_RAW);
    const first = runIngest(['berita.txt', ...ALL_OPTIONS, '--out', out], { cwd: dir });
    const path = join(out, 'uji-coba-ingest.md');
    const bytes = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const second = runIngest(['berita.txt', ...ALL_OPTIONS, '--out', out], { cwd: dir });
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe('berita.txt: unchanged out/uji-coba-ingest.md\n');
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it('updates the same article sent again changed, and sets updatedDate', () => {
    const { dir, out } = setup('berita.txt', SIMPLE_RAW);
    const path = join(out, 'uji-coba-ingest.md');
    expect(runIngest(['berita.txt', ...ALL_OPTIONS, '--out', out], { cwd: dir }).status).toBe(0);
    const before = readFileSync(path, 'utf8');

    // Same body, same source URL, a new description: the same article, changed.
    const updated = runIngest(['berita.txt', ...ALL_OPTIONS, '--description', 'Lain.', '--out', out], { cwd: dir });
    expect(updated.status, updated.stderr).toBe(0);
    expect(updated.stderr).toBe('berita.txt: updated out/uji-coba-ingest.md\n');
    const after = readFileSync(path, 'utf8');
    expect(after).toMatch(/^updatedDate: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00"$/m);
    const noDigest = (file: string) => file.replace(/^ingestDigest: .*\n/m, '');
    expect(noDigest(after.replace(/^updatedDate: .*\n/m, ''))).toBe(
      noDigest(before.replace('description: "Ringkasan uji."', 'description: "Lain."')),
    );
    expect(filesIn(out)).toEqual(['uji-coba-ingest.md']); // no temp file left

    // Sent once more as it is now: left alone, updatedDate kept.
    const again = runIngest(['berita.txt', ...ALL_OPTIONS, '--description', 'Lain.', '--out', out], { cwd: dir });
    expect(again.stderr).toBe('berita.txt: unchanged out/uji-coba-ingest.md\n');
    expect(readFileSync(path, 'utf8')).toBe(after);
  });

  it('gives a different article with the same title a slug of its own, never overwriting; --force replaces', () => {
    const { dir, out } = setup('berita.txt', SIMPLE_RAW);
    writeFileSync(join(dir, 'lain.txt'), 'Warta.example - Berita yang lain sama sekali.\n');
    const other = [...ALL_OPTIONS.slice(0, 12), '--source-url', 'https://warta.example/lain'];
    expect(runIngest(['berita.txt', ...ALL_OPTIONS, '--out', out], { cwd: dir }).status).toBe(0);
    const before = readFileSync(join(out, 'uji-coba-ingest.md'), 'utf8');

    const second = runIngest(['lain.txt', ...other, '--out', out], { cwd: dir });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe('out/uji-coba-ingest-2.md\n');
    expect(readFileSync(join(out, 'uji-coba-ingest.md'), 'utf8')).toBe(before);
    expect(readFileSync(join(out, 'uji-coba-ingest-2.md'), 'utf8')).toContain('Berita yang lain sama sekali.');

    const forced = runIngest(['lain.txt', ...other, '--out', out, '--slug', 'uji-coba-ingest', '--force'], {
      cwd: dir,
    });
    // The same article as uji-coba-ingest-2 (same URL): it stays where it is.
    expect(forced.stderr).toBe('lain.txt: unchanged out/uji-coba-ingest-2.md\n');
  });
});

describe('the command line', () => {
  it.each([
    [[], /^ingest: name a \.txt file or a folder of them, or a --manifest\nusage: /],
    [['x.txt', '--titel', 'X'], /^ingest: Unknown option '--titel'/],
  ])('refuses %j with exit code 2', (args, message) => {
    const run = runIngest(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
