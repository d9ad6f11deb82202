import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '#src/articles/body.ts';
import { withDatesAsWritten } from '#src/articles/frontmatter-dates.ts';
import { articleSchema } from '#src/articles/schema.ts';
import { astroEnv, makeContentDir, repoRoot } from '#tests/support/build-site.ts';

/**
 * `npm run correct` and `npm run withdraw`, run as an editor runs them: they edit only the
 * frontmatter, keep the rest of it and the body byte for byte, and refuse what the schema
 * would refuse, naming the file and the field.
 */
const ORIGINAL = [
  '---',
  '# Catatan redaksi: jangan dihapus.',
  'title: "Jembatan baru dibuka"',
  'description: "Ringkasan."',
  'pubDate: "2025-03-01T14:30:00+07:00"',
  'source:',
  '  name: "Warta Uji"',
  "category: 'Nasional'",
  'tags: ["Jembatan", "Kota"]',
  '---',
  '',
  'Paragraf pertama.   ',
  '',
  '---',
  '',
  'title: bukan frontmatter',
  '',
].join('\n');
const BODY = ORIGINAL.slice(ORIGINAL.indexOf('---\n\nParagraf'));

function run(script: 'correct' | 'withdraw', args: string[], contentDir: string) {
  return spawnSync(process.execPath, ['--experimental-strip-types', join(repoRoot, `scripts/${script}.ts`), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: astroEnv({ WARTA_CONTENT_DIR: contentDir }),
  });
}
const setup = () => {
  const dir = makeContentDir({ 'jembatan-baru.md': ORIGINAL });
  return { dir, file: join(dir, 'articles', 'jembatan-baru.md') };
};
const data = (text: string) => articleSchema.parse(withDatesAsWritten(parseArticleFile(text).frontmatter, text));

describe('npm run correct', () => {
  it('adds { date, text } to corrections, keeping the rest of the frontmatter and the body as written', () => {
    const { dir, file } = setup();
    const first = run(
      'correct',
      ['jembatan-baru', '--text', 'Panjangnya 120 m.', '--date', '2025-03-01T16:45:00+07:00'],
      dir,
    );
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`${file}\n`);
    const second = run(
      'correct',
      ['jembatan-baru', '--text', 'Dibuka Sabtu: "pukul 10".', '--date', '2025-03-02T08:00:00Z'],
      dir,
    );
    expect(second.status, second.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith(BODY)).toBe(true);
    expect(text).toContain('# Catatan redaksi: jangan dihapus.\ntitle: "Jembatan baru dibuka"');
    expect(text).toContain('category: \'Nasional\'\ntags: ["Jembatan", "Kota"]\n');
    const { corrections, updatedDate } = data(text);
    expect(corrections).toEqual([
      { date: new Date('2025-03-01T16:45:00+07:00'), text: 'Panjangnya 120 m.' },
      { date: new Date('2025-03-02T15:00:00+07:00'), text: 'Dibuka Sabtu: "pukul 10".' },
    ]);
    // updatedDate follows the latest correction.
    expect(updatedDate).toEqual(new Date('2025-03-02T15:00:00+07:00'));
  });

  it('refuses an empty text or a missing article, naming the file and field, and writes nothing', () => {
    const { dir, file } = setup();
    const empty = run('correct', ['jembatan-baru', '--text', '  '], dir);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain(`${file}: corrections.0.text: must not be empty`);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    const missing = run('correct', ['tidak-ada', '--text', 'x'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('tidak-ada.md: there is no such article');
    expect(run('correct', ['jembatan-baru'], dir).status).toBe(2);
  });
});

describe('npm run withdraw', () => {
  it('sets withdrawn: { date, reason }, once', () => {
    const { dir, file } = setup();
    const withdraw = run(
      'withdraw',
      ['jembatan-baru', '--reason', 'Menyangkut SARA.', '--date', '2025-03-03T09:00:00+07:00'],
      dir,
    );
    expect(withdraw.status, withdraw.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith(BODY)).toBe(true);
    expect(data(text).withdrawn).toEqual({ date: new Date('2025-03-03T09:00:00+07:00'), reason: 'Menyangkut SARA.' });
    const again = run('withdraw', ['jembatan-baru', '--reason', 'Lagi.'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${file}: withdrawn: the article is withdrawn already`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
