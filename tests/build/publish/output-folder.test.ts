import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, makeContentDir } from '#tests/support/build-site.ts';
import { seedMarkdown } from '#tests/support/seed.ts';
import { snapshotTree } from '#tests/support/tree.ts';

/** The lines the build printed that start with "[build] refusing". */
const refusals = (output: string) => output.split('\n').filter((line) => line.startsWith('[build] refusing'));

describe('npm run build writes only into a build folder', () => {
  it('refuses the content folder and leaves every byte of it (issue 10, case 1)', () => {
    const contentDir = makeContentDir({ 'ok.md': seedMarkdown });
    writeFileSync(join(contentDir, 'catatan-redaksi.txt'), 'jangan dihapus');
    const before = snapshotTree(contentDir);
    const result = buildSite(contentDir, { env: { WARTA_OUT_DIR: contentDir } });
    expect(result.status, result.output).not.toBe(0);
    expect(refusals(result.output)).toEqual([
      expect.stringContaining(`refusing to build into ${contentDir}: it is the content folder`),
    ]);
    expect(snapshotTree(contentDir)).toEqual(before);
  });

  it('refuses a folder holding a file, and touches nothing in it or beside it', () => {
    const parent = mkdtempSync(join(tmpdir(), 'warta-parent-'));
    const outDir = join(parent, 'situs');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'laporan.pdf'), 'bukan hasil build');
    writeFileSync(join(parent, 'tetangga.txt'), 'di samping');
    const before = snapshotTree(parent);
    const result = buildSite(makeContentDir({ 'ok.md': seedMarkdown }), { env: { WARTA_OUT_DIR: outDir } });
    expect(result.status, result.output).not.toBe(0);
    expect(refusals(result.output)).toEqual([
      expect.stringContaining(`refusing to build into ${outDir}: it holds files no Warta build wrote`),
    ]);
    expect(snapshotTree(parent)).toEqual(before);
    expect(readdirSync(parent).sort()).toEqual(['situs', 'tetangga.txt']);
  });

  it('replaces its own previous build; a failed build leaves that one whole, with nothing beside it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'warta-parent-'));
    const outDir = join(parent, 'dist');
    const contentDir = makeContentDir({ 'ok.md': seedMarkdown });
    const first = buildSite(contentDir, { env: { WARTA_OUT_DIR: outDir } });
    expect(first.status, first.output).toBe(0);
    expect(readFileSync(join(outDir, '.warta-build'), 'utf8')).toMatch(/npm run build/);
    const published = snapshotTree(outDir);

    writeFileSync(join(contentDir, 'articles/rusak.md'), seedMarkdown.replace(/^title: .*\n/m, ''));
    const failed = buildSite(contentDir, { env: { WARTA_OUT_DIR: outDir } });
    expect(failed.status, failed.output).not.toBe(0);
    expect(failed.output).toMatch(/astro build failed .*dist is unchanged/);
    expect(snapshotTree(outDir)).toEqual(published);
    expect(readdirSync(parent)).toEqual(['dist']);

    writeFileSync(join(contentDir, 'articles/rusak.md'), seedMarkdown.replace(/^title: .*$/m, 'title: "Judul kedua"'));
    const second = buildSite(contentDir, { env: { WARTA_OUT_DIR: outDir } });
    expect(second.status, second.output).toBe(0);
    expect(readdirSync(join(outDir, 'berita'))).toContain('rusak');
    // The replaced site is deleted by a process of its own once the new one is in place (publish.ts).
    await expect.poll(() => readdirSync(parent), { timeout: 60_000 }).toEqual(['dist']);
  });
});
