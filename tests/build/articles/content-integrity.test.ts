/**
 * Issue 10's content cases: entries that would be lost fail the build naming both files;
 * odd but valid entries (a link no feed can resolve, topics without Latin letters, an
 * archive date, a source URL with "&") build into output that validates; and issue 9's
 * dates as Astro users write them.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleMarkdown } from '#tests/support/article-fixture.ts';
import { buildSite, makeContentDir, repoRoot, type BuildResult } from '#tests/support/build-site.ts';
import { parseHtml, select, selectAll, textOf } from '#tests/support/html.ts';

const article = (title: string, pubDate = '2025-01-10T09:30:00+07:00') => articleMarkdown({ title, pubDate });

describe('entries that would be lost fail the build, naming both files', () => {
  it.each([
    ['sama.md', 'Sama.md', 'sama'],
    ['spasi nama.md', 'spasi-nama.md', 'spasi-nama'],
  ])('%s and %s (issue 10, case 5)', (first, second, slug) => {
    const contentDir = makeContentDir({ [first]: article('Pertama'), [second]: article('Kedua') });
    const result = buildSite(contentDir);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(join(contentDir, 'articles', first));
    expect(result.output).toContain(join(contentDir, 'articles', second));
    expect(result.output).toContain(`both give the URL slug "${slug}"`);
  });

  it('an entry in a subfolder (issue 10, case 6)', () => {
    const contentDir = makeContentDir({ 'atas.md': article('Atas') });
    mkdirSync(join(contentDir, 'articles/sub'));
    writeFileSync(join(contentDir, 'articles/sub/x.md'), article('Bawah'));
    const result = buildSite(contentDir);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(
      `${join(contentDir, 'articles/sub/x.md')}: articles must be directly in ${join(contentDir, 'articles')}`,
    );
  });
});

describe('odd but valid entries build into output that validates', () => {
  let build: BuildResult;
  let contentDir: string;
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  beforeAll(() => {
    contentDir = makeContentDir({
      'tautan-rusak.md': articleMarkdown({
        title: 'Tautan rusak',
        pubDate: '2025-01-10T09:30:00+07:00',
        body: 'Lihat <a href="https://:80/">tautan ini</a> dan [yang lain](https://:80/lain).',
        tags: ['!!!', '中文', '😀'],
        category: '中文',
      }),
      'arsip-lama.md': articleMarkdown({ title: 'Arsip lama', pubDate: '1900-01-01T00:00:00+07:00' }),
      'sumber-dan.md': articleMarkdown({ title: 'Sumber dengan dan', pubDate: '2025-01-09T09:30:00+07:00' }).replace(
        '  name: "Warta Uji"',
        '  name: "Warta Uji"\n  url: "https://contoh.id/berita?id=1&hal=2"',
      ),
      // Issue 9, item 6: dates as Astro's templates write them, unquoted.
      'tanggal-yaml.md': articleMarkdown({ title: 'Tanggal YAML', pubDate: '2024-11-08' }).replace(
        'pubDate: "2024-11-08"',
        'pubDate: 2024-11-08\nupdatedDate: 2024-11-09T07:00:00+07:00 # pagi',
      ),
    });
    build = buildSite(contentDir, { env: { WARTA_SITE_URL: 'https://warta.test' } });
    expect(build.status, build.output).toBe(0);
  });

  it('drops a link the feed cannot resolve, warning with the file, and keeps its text (case 3)', () => {
    // Astro names content files relative to the project, as in its own errors.
    expect(build.output).toContain(
      `[rss] ${relative(repoRoot, join(contentDir, 'articles/tautan-rusak.md'))}: the link "https://:80/" is no valid URL`,
    );
    expect(build.output).toContain('the link "https://:80/lain" is no valid URL');
    const feed = read('rss.xml');
    expect(feed).not.toContain('https://:80');
    expect(feed).toContain('tautan ini');
  });

  it("escapes the feed's dc:source once (case 9)", () => {
    expect(read('rss.xml')).toContain('<dc:source>https://contoh.id/berita?id=1&amp;hal=2</dc:source>');
  });

  it('gives topics and categories without Latin letters pages and filters of their own (case 7)', () => {
    const topics = readdirSync(join(build.outDir, 'topik')).filter((name) => name !== 'index.html');
    expect(topics.filter((name) => /^t-[0-9a-f]{8}$/.test(name))).toHaveLength(3);
    expect(readdirSync(join(build.outDir, 'topik'))).not.toContain('index.html');
    const page = parseHtml(read('berita/tautan-rusak/index.html'));
    const topicLinks = selectAll('a[href^="/topik/"]', page).map((a) => String(a.properties.href));
    expect(topicLinks).toHaveLength(3);
    for (const href of topicLinks) expect(href).toMatch(/^\/topik\/t-[0-9a-f]{8}\/$/);
    const search = parseHtml(read('cari/index.html'));
    const categories = selectAll('select option', search).map((option) => textOf(option));
    expect(categories).toContain('中文');
  });

  it('renders a 1900 date as ISO 8601 with +07:00 in the page and JSON-LD (case 8)', () => {
    const page = parseHtml(read('berita/arsip-lama/index.html'));
    expect(select('time', page)?.properties.dateTime).toBe('1900-01-01T00:00:00+07:00');
    const jsonLd = JSON.parse(textOf(select('script[type="application/ld+json"]', page)!));
    expect(jsonLd.datePublished).toBe('1900-01-01T00:00:00+07:00');
  });

  it('reads an unquoted plain date as 00:00 WIB and an unquoted timestamp with its offset (issue 9, item 6)', () => {
    const page = parseHtml(read('berita/tanggal-yaml/index.html'));
    expect(select('time', page)?.properties.dateTime).toBe('2024-11-08T00:00:00+07:00');
    expect(select('meta[property="article:modified_time"]', page)?.properties.content).toBe(
      '2024-11-09T07:00:00+07:00',
    );
  });
});
