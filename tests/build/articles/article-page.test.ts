import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, repoRoot, type BuildResult } from '#tests/support/build-site.ts';
import { parseHtml, select, selectAll, textOf } from '#tests/support/html.ts';
import { seedParagraphs, seedSlug } from '#tests/support/seed.ts';

let build: BuildResult;
let html: string;

beforeAll(() => {
  build = buildSite(join(repoRoot, 'content'));
  expect(build.status, build.output).toBe(0);
  html = readFileSync(join(build.outDir, 'berita', seedSlug, 'index.html'), 'utf8');
});

describe('the seed article page', () => {
  it('is in Indonesian', () => {
    expect(select('html', parseHtml(html))?.properties.lang).toBe('id');
  });

  it('contains every paragraph of the publisher text verbatim, in order', () => {
    const blocks = selectAll('.article-body > p, .article-body > aside', parseHtml(html)).map(textOf);
    expect(blocks).toEqual(seedParagraphs);
  });

  it('shows the Baca Juga lines as related-reading asides the index ignores', () => {
    const asides = selectAll('.article-body aside.baca-juga', parseHtml(html));
    expect(asides.map(textOf)).toEqual([
      'Baca Juga: Korea Selatan Tembakkan Rudal Balistik sebagai Tanggapan atas Uji Coba Rudal Korea Utara',
      'Baca Juga: Beda Respon Putin dan Zelenskyy dalam Menyikapi Kemenangan Donald Trump',
    ]);
    for (const aside of asides) expect(aside.properties.dataPagefindIgnore).toBe('all');
  });

  it('marks the dateline', () => {
    expect(textOf(select('.article-body .dateline', parseHtml(html))!)).toBe('Suara.com -');
  });

  it('renders the date from pubDate in id-ID for WIB, not from the body text', () => {
    // 8 November 2024 was a Friday: the body's "Kamis (8/11/2024)" is the publisher's slip.
    const time = select('.byline time', parseHtml(html))!;
    expect(textOf(time)).toBe('Jumat, 8 November 2024');
    expect(time.properties.dateTime).toBe('2024-11-08T00:00:00+07:00');
  });

  it('shows the reading time, category, tags and source', () => {
    const tree = parseHtml(html);
    // 303 words (wc -w on the source) at 200 a minute, rounded up.
    expect(textOf(select('.byline', tree)!)).toContain('2 menit baca');
    expect(textOf(select('.kicker', tree)!)).toBe('Internasional');
    expect(selectAll('.tags a', tree).map(textOf)).toEqual(['Rusia', 'Ukraina', 'Korea Utara']);
    expect(selectAll('.tags a', tree).map((a) => a.properties.href)).toEqual([
      '/topik/rusia/',
      '/topik/ukraina/',
      '/topik/korea-utara/',
    ]);
    expect(textOf(select('.source', tree)!)).toBe('Sumber: Suara.com');
  });

  it('has no inline script, inline style or event handler', () => {
    const tree = parseHtml(html);
    // The JSON-LD data block is inline but never executed: it is not a script to a browser.
    for (const script of selectAll('script:not([type="application/ld+json"])', tree))
      expect(script.properties.src).toBeTruthy();
    expect(selectAll('style', tree)).toEqual([]);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });

  it('needs no JavaScript to read: its scripts are the JSON-LD data block, the search highlight loader and the share button', () => {
    // Search results link here with ?highlight=...; a static page can only see that from
    // a script. The loader is one small external module that imports nothing and, without
    // the parameter, does nothing; the share button's module only reveals a hidden button
    // where navigator.share exists. The text above is all in the HTML.
    const scripts = selectAll('script', parseHtml(html));
    expect(scripts.map((script) => script.properties.type)).toEqual(['application/ld+json', 'module', 'module']);
    const [loaderSrc, shareSrc] = scripts
      .slice(1)
      .map((script) => String(script.properties.src))
      .sort();
    expect(loaderSrc).toMatch(/^\/_astro\/HighlightLoader\.[^/]+\.js$/);
    expect(shareSrc).toMatch(/^\/_astro\/ShareLinks\.[^/]+\.js$/);
    const loader = readFileSync(join(build.outDir, loaderSrc!), 'utf8');
    expect(loader.length).toBeLessThan(1024);
    expect(loader).not.toMatch(/\bimport\b/);
    expect(loader).toContain('pagefind/pagefind-highlight.js');
    const share = readFileSync(join(build.outDir, shareSrc!), 'utf8');
    expect(share.length).toBeLessThan(1024);
    expect(share).not.toMatch(/\bimport\b/);
    expect(share).toContain('navigator.share');
  });

  it('has a skip link to the main content and one h1', () => {
    const tree = parseHtml(html);
    expect(select('a.skip-link', tree)?.properties.href).toBe('#konten');
    expect(select('main#konten', tree)).toBeTruthy();
    expect(selectAll('h1', tree).map(textOf)).toEqual([
      'Rusia Menolak Konfirmasi Pasukan Korea Utara Turut Bertempur Melawan Ukraina',
    ]);
  });
});

describe('the other pages', () => {
  it('lists the article on the home page, linking to it', () => {
    const home = parseHtml(readFileSync(join(build.outDir, 'index.html'), 'utf8'));
    expect(selectAll('.card h2 a', home).map((a) => a.properties.href)).toEqual([`/berita/${seedSlug}/`]);
  });

  it('builds a page for each topic and a 404 page', () => {
    for (const topic of ['rusia', 'ukraina', 'korea-utara']) {
      expect(existsSync(join(build.outDir, 'topik', topic, 'index.html')), topic).toBe(true);
    }
    const notFound = parseHtml(readFileSync(join(build.outDir, '404.html'), 'utf8'));
    expect(textOf(select('h1', notFound)!)).toBe('Halaman tidak ditemukan');
  });
});

describe("the content layer's store", () => {
  it("holds each article's frontmatter, never its Markdown or HTML (the page reads and renders the file; docs/scale.md, Memory)", () => {
    // The cache folder beside the output (build-site.ts): Astro keeps the store there.
    const store = readFileSync(join(dirname(build.outDir), 'cache', 'data-store.json'), 'utf8');
    expect(store).toContain('Rusia Menolak Konfirmasi Pasukan Korea Utara Turut Bertempur Melawan Ukraina');
    expect(store).not.toContain(seedParagraphs[1]!.slice(0, 60));
    expect(store).not.toContain('"rendered"');
    expect(store).not.toContain('<p>');
  });
});
