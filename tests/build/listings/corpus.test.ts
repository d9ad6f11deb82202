import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleMarkdown } from '#tests/support/article-fixture.ts';
import { buildSite, makeContentDir, type BuildResult } from '#tests/support/build-site.ts';
import { parseHtml, selectAll, textOf } from '#tests/support/html.ts';

/** 25 articles, one a day in January 2025, plus a draft; page size is 20. */
const articles: Record<string, string> = {};
for (let day = 1; day <= 25; day++) {
  const dd = String(day).padStart(2, '0');
  articles[`hari-${dd}.md`] = articleMarkdown({
    title: `Berita hari ke-${day}`,
    pubDate: `2025-01-${dd}T09:00:00+07:00`,
    tags: day % 2 === 0 ? ['Genap', 'Semua'] : ['Semua'],
  });
}
articles['rahasia.md'] = articleMarkdown({
  title: 'Draf rahasia',
  pubDate: '2025-02-01T09:00:00+07:00',
  tags: ['Draf', 'Semua'],
  draft: true,
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

let root: BuildResult;
let sub: BuildResult;

beforeAll(() => {
  const content = makeContentDir(articles);
  root = buildSite(content);
  sub = buildSite(content, { env: { WARTA_BASE_PATH: '/warta/' } });
  expect(root.status, root.output).toBe(0);
  expect(sub.status, sub.output).toBe(0);
});

describe('listings', () => {
  const page = (file: string) => parseHtml(readFileSync(join(root.outDir, file), 'utf8'));
  const titles = (file: string) => selectAll('.card h2', page(file)).map(textOf);
  const days = (...list: number[]) => list.map((day) => `Berita hari ke-${day}`);
  const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

  it('shows the latest 20 on the home page, and links the month they belong to', () => {
    expect(titles('index.html')).toEqual(days(...range(25, 6)));
    expect(selectAll('a[rel=next]', page('index.html'))).toEqual([]);
    expect(selectAll('.archive-links a', page('index.html')).map((a) => a.properties.href)).toEqual([
      '/arsip/2025/01/',
      '/arsip/',
    ]);
  });

  it('lists every article in its month, newest first, 20 a page', () => {
    expect([...titles('arsip/2025/01/index.html'), ...titles('arsip/2025/01/halaman/2/index.html')]).toEqual(
      days(...range(25, 1)),
    );
    expect(selectAll('a[rel=next]', page('arsip/2025/01/index.html')).map((a) => a.properties.href)).toEqual([
      '/arsip/2025/01/halaman/2/',
    ]);
    expect(selectAll('a[rel=prev]', page('arsip/2025/01/halaman/2/index.html')).map((a) => a.properties.href)).toEqual([
      '/arsip/2025/01/',
    ]);
    expect(selectAll('.periods a', page('arsip/index.html')).map(textOf)).toEqual(['Januari 2025']);
  });

  it('turns the old second page into a redirect page to the archive', () => {
    const old = page('halaman/2/index.html');
    expect(selectAll('meta[http-equiv=refresh]', old).map((m) => m.properties.content)).toEqual(['0; url=/arsip/']);
    expect(selectAll('main a', old).map((a) => a.properties.href)).toEqual(['/arsip/']);
    expect(existsSync(join(root.outDir, 'halaman/3'))).toBe(false);
    const sitemap = readFileSync(join(root.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/<loc>https:\/\/warta\.example\/(topik\/semua\/)?halaman\/2\/<\/loc>/);
    expect(sitemap).toContain('<loc>https://warta.example/arsip/2025/01/halaman/2/</loc>');
  });

  it('gives each topic its latest articles and its archive by year', () => {
    expect(titles('topik/genap/index.html')).toEqual(days(24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2));
    expect(titles('topik/genap/2025/index.html')).toEqual(titles('topik/genap/index.html'));
    expect(titles('topik/semua/index.html')).toEqual(days(...range(25, 6)));
    expect(titles('topik/semua/2025/halaman/2/index.html')).toEqual(days(5, 4, 3, 2, 1));
    expect(selectAll('.label-years a', page('topik/semua/index.html')).map((a) => a.properties.href)).toEqual([
      '/topik/semua/2025/',
    ]);
    expect(
      selectAll('meta[http-equiv=refresh]', page('topik/semua/halaman/2/index.html')).map((m) => m.properties.content),
    ).toEqual(['0; url=/topik/semua/']);
  });
});

describe('drafts are built nowhere', () => {
  it('has no page, topic or listing entry for the draft', () => {
    expect(existsSync(join(root.outDir, 'berita/rahasia'))).toBe(false);
    expect(existsSync(join(root.outDir, 'topik/draf'))).toBe(false);
    for (const file of htmlFiles(root.outDir)) {
      expect(readFileSync(join(root.outDir, file), 'utf8'), file).not.toContain('Draf rahasia');
    }
  });
});

describe('a build under a sub-path', () => {
  it('writes the same pages', () => {
    expect(htmlFiles(sub.outDir).sort()).toEqual(htmlFiles(root.outDir).sort());
  });

  it('prefixes every internal link and asset with the base path', () => {
    for (const file of htmlFiles(sub.outDir)) {
      const tree = parseHtml(readFileSync(join(sub.outDir, file), 'utf8'));
      const urls = [
        ...selectAll('a[href]', tree).map((a) => String(a.properties.href)),
        ...selectAll('link[href]', tree).map((l) => String(l.properties.href)),
        ...selectAll('script[src], img[src]', tree).map((s) => String(s.properties.src)),
        ...selectAll('form[action]', tree).map((f) => String(f.properties.action)),
      ].filter((url) => !url.startsWith('#') && !/^(https?|mailto):/.test(url));
      expect(urls.length, file).toBeGreaterThan(0);
      for (const url of urls) expect(url, `${url} in ${relative(sub.outDir, file)}`).toMatch(/^\/warta\//);
    }
  });
});
