import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '#tests/support/build-site.ts';
import { tempDir } from '#tests/support/ingest.ts';

/** An entry as the ingest tool writes one: frontmatter, then paragraphs. */
const entry = (title: string, ...paragraphs: string[]) =>
  `---\ntitle: ${JSON.stringify(title)}\ndescription: "Uji."\npubDate: "2024-11-04T00:00:00+07:00"\nsource:\n  name: "Warta Uji"\ncategory: "Uji"\n---\n\n${paragraphs.join('\n\n')}\n`;

function audit(files: Record<string, string>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const list = join(dir, 'hits.tsv');
  const run = spawnSync(
    process.execPath,
    ['--experimental-strip-types', join(repoRoot, 'scripts/audit-ingest.ts'), dir, '--list', list],
    { encoding: 'utf8' },
  );
  return { ...run, hits: readFileSync(list, 'utf8') };
}

describe('audit-ingest', () => {
  it('finds nothing in clean entries: a Baca Juga aside and prose about an editor are fine', () => {
    const run = audit({
      'warga-berkumpul.md': entry(
        'Warga Berkumpul di Alun-alun',
        'BOGOR, WARTA.com - Warga berkumpul.',
        'Baca juga: Judul Lain',
        'Editor itu menolak berkomentar.',
      ),
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('audit: 1 entries, 0 suspects');
    expect(run.hits).toBe('');
  });

  it('names each suspect: a dateline in the title and slug, residue and credit lines in the body', () => {
    const run = audit({
      'kota-antara-news-warga-berkumpul.md': entry(
        'Kota (ANTARA News) - Warga berkumpul',
        'Warga berkumpul.',
        'SCROLL TO CONTINUE WITH CONTENT',
        'Baca Juga',
        'Penulis: Ani Penulis',
        '(abc/def)',
      ),
    });
    expect(run.stdout).toContain('title: outlet then a dash: 1');
    expect(run.stdout).toContain('slug: an outlet: 1');
    expect(run.stdout).toContain('residue: scroll to continue: 1');
    expect(run.stdout).toContain('residue: related link not an aside: 1');
    expect(run.stdout).toContain('credit: labelled name: 1');
    expect(run.stdout).toContain('credit: byline codes alone: 1');
    expect(run.hits.split('\n')).toContain(
      'credit: labelled name\tkota-antara-news-warga-berkumpul.md\tPenulis: Ani Penulis',
    );
  });
});
