import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleMarkdown } from '../support/article-fixture.ts';
import { buildSite, makeContentDir, type BuildResult } from '../support/build-site.ts';
import { parseHtml, selectAll, textOf } from '../support/html.ts';

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
  it('lists articles newest first, 20 a page', () => {
    const first = parseHtml(readFileSync(join(root.outDir, 'index.html'), 'utf8'));
    const second = parseHtml(readFileSync(join(root.outDir, 'halaman/2/index.html'), 'utf8'));
    const titles = [...selectAll('.card h2', first), ...selectAll('.card h2', second)].map(textOf);
    expect(titles).toEqual(Array.from({ length: 25 }, (_, i) => `Berita hari ke-${25 - i}`));
    expect(selectAll('a[rel=next]', first).map((a) => a.properties.href)).toEqual(['/halaman/2/']);
    expect(selectAll('a[rel=prev]', second).map((a) => a.properties.href)).toEqual(['/']);
  });

  it('gives each topic its own listing', () => {
    const even = parseHtml(readFileSync(join(root.outDir, 'topik/genap/index.html'), 'utf8'));
    expect(selectAll('.card h2', even).map(textOf)).toEqual(
      [24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2].map((day) => `Berita hari ke-${day}`),
    );
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
