import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePages, type ReadPage } from '#src/search/index/article-pages.ts';

/** A built article page as far as the index step reads it. */
const pageHtml = (date: string, text: string) =>
  `<!doctype html><html lang="id"><body><article data-pagefind-body>` +
  `<span data-pagefind-sort="date:${date}"></span><p>${text}</p></article></body></html>`;

function builtSite(pages: Record<string, string>): string {
  const outDir = mkdtempSync(join(tmpdir(), 'warta-pages-'));
  for (const [slug, html] of Object.entries(pages)) {
    mkdirSync(join(outDir, 'berita', slug), { recursive: true });
    writeFileSync(join(outDir, 'berita', slug, 'index.html'), html);
  }
  mkdirSync(join(outDir, 'berita', 'tanpa-halaman'));
  return outDir;
}

describe('articlePages', () => {
  it('reads the date and a digest of each article page, in file-name order, skipping folders without one', () => {
    const outDir = builtSite({
      'banjir-jakarta': pageHtml('2024-11-02T08:00:00+07:00', 'Banjir'),
      'angin-kencang': pageHtml('2024-11-01T08:00:00+07:00', 'Angin'),
    });
    const pages = articlePages(outDir);
    expect(pages.map((page) => [page.path, page.date])).toEqual([
      ['berita/angin-kencang/index.html', '2024-11-01T08:00:00+07:00'],
      ['berita/banjir-jakarta/index.html', '2024-11-02T08:00:00+07:00'],
    ]);
    expect(pages[0]!.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(pages[0]!.digest).not.toBe(pages[1]!.digest);
  });

  it("takes a page from the last run's record while its file is the same one, and reads it again once replaced", () => {
    const outDir = builtSite({ gempa: pageHtml('2024-11-03T08:00:00+07:00', 'Gempa') });
    const [read] = articlePages(outDir);
    // A record that could only have come from the record: its digest was never computed from this page.
    const recorded: ReadPage = { ...read!, digest: 'dari-catatan' };
    const record = new Map([[recorded.path, recorded]]);
    expect(articlePages(outDir, record)[0]!.digest).toBe('dari-catatan');

    // The build writes a page it renders again as a new file (src/astro-patches/page-writes.ts).
    const file = join(outDir, 'berita/gempa/index.html');
    writeFileSync(`${file}.baru`, pageHtml('2024-11-03T08:00:00+07:00', 'Gempa susulan'));
    renameSync(`${file}.baru`, file);
    const again = articlePages(outDir, record)[0]!;
    expect(again.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(again.digest).not.toBe(read!.digest);
  });
});
