import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { themeColors } from '#src/layouts/theme.ts';
import { buildSite, repoRoot } from '#tests/support/build-site.ts';
import { parseHtml, select, selectAll, textOf } from '#tests/support/html.ts';
import { seedSlug } from '#tests/support/seed.ts';
import { PHOTO_TEXT } from '#tests/support/photo.ts';
import { correctedSlug, discoveryCorpus, fullSlug, hostileTitle } from '#tests/support/discovery-corpus.ts';

/** Built under a sub-path, so every absolute URL must carry it. */
const origin = 'https://warta.test';
const home = `${origin}/warta/`;

let outDir: string;
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const page = (path: string) => parseHtml(read(path));
const htmlFiles = () =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
/** The URL a built file is served at: …/index.html is its folder. */
const urlOf = (file: string) => home + file.replace(/(^|\/)index\.html$/, '$1');
const meta = (tree: ReturnType<typeof page>, key: string) =>
  selectAll(`meta[property="${key}"], meta[name="${key}"]`, tree).map((element) => String(element.properties.content));

beforeAll(async () => {
  const build = buildSite(await discoveryCorpus(), { env: { WARTA_BASE_PATH: '/warta/', WARTA_SITE_URL: origin } });
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
});

describe('the RSS feed', () => {
  const parser = new Parser<Record<string, unknown>, { 'content:encoded': string; 'dc:source': string }>({
    customFields: { item: ['content:encoded', 'dc:source'] },
  });

  it('parses as RSS 2.0 and lists the published articles, newest first, with their dates', async () => {
    const feed = await parser.parseString(read('rss.xml'));
    expect(read('rss.xml')).toMatch(/<rss version="2.0"/);
    expect(feed.title).toBe('Warta');
    expect(feed.link).toBe(home);
    expect(feed.items.map((item) => [item.title, item.link, item.isoDate])).toEqual([
      [hostileTitle, `${home}berita/${fullSlug}/`, '2025-01-10T02:30:00.000Z'],
      [
        'Rusia Menolak Konfirmasi Pasukan Korea Utara Turut Bertempur Melawan Ukraina',
        `${home}berita/${seedSlug}/`,
        '2024-11-07T17:00:00.000Z',
      ],
      // The corrected report (14.30 WIB); the withdrawn one is in no feed.
      ['Jembatan baru dibuka untuk umum', `${home}berita/${correctedSlug}/`, '2024-10-01T07:30:00.000Z'],
    ]);
    expect(read('rss.xml')).not.toContain('Draf rahasia');
  });

  it('gives each item its description, desk and topics, and the original source', async () => {
    const [full, seed] = (await parser.parseString(read('rss.xml'))).items;
    expect(full!.categories).toEqual(['Nasional', 'Uji Coba', 'Rusia']);
    expect(full!.contentSnippet ?? full!.content).toBeTruthy();
    expect(full!['dc:source']).toBe('https://www.kompas.example/read/2025/01/10/uji');
    expect(seed!['dc:source']).toBe('Suara.com');
    expect(seed!.categories).toEqual(['Internasional', 'Rusia', 'Ukraina', 'Korea Utara']);
  });

  it('carries the full text as the page shows it: the same sanitized HTML', async () => {
    const seed = (await parser.parseString(read('rss.xml'))).items[1]!;
    const body = select('.article-body', page(`berita/${seedSlug}/index.html`))!;
    const fromFeed = parseHtml(seed['content:encoded']);
    expect(textOf(fromFeed)).toBe(textOf(body));
    expect(selectAll('p, aside, span.dateline', fromFeed).map(textOf)).toEqual(
      selectAll('p, aside, span.dateline', body).map(textOf),
    );
    expect(seed['content:encoded']).not.toMatch(/^---|\*\*|<script/m);
  });

  it('resolves the relative links of an article against its own URL', async () => {
    const full = (await parser.parseString(read('rss.xml'))).items[0]!;
    const hrefs = selectAll('a', parseHtml(full['content:encoded'])).map((a) => a.properties.href);
    expect(hrefs).toEqual([`${home}berita/${seedSlug}/`, `${home}berita/${fullSlug}/#latar`]);
  });
});

describe('the sitemap and robots.txt', () => {
  it('robots.txt points at the sitemap index', () => {
    expect(read('robots.txt')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${home}sitemap-index.xml\nSitemap: ${home}sitemap-news.xml\n`,
    );
  });

  it('writes an empty news sitemap when nothing was published in the last two days', () => {
    expect(XMLValidator.validate(read('sitemap-news.xml'))).toBe(true);
    expect(read('sitemap-news.xml')).toMatch(/<urlset [^>]*xmlns:news="[^"]+"><\/urlset>$/);
  });

  it("lists every public page exactly once, and no draft, 404 or withdrawn report's notice page", () => {
    const index = read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(sitemaps).toEqual([`${home}sitemap-0.xml`]);
    const listed = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    // The 404 page and a withdrawn report's notice are kept out of search engines (noindex).
    const noindex = (file: string) => select('meta[name="robots"][content="noindex"]', page(file)) !== undefined;
    expect(htmlFiles().filter(noindex).length).toBeGreaterThan(1);
    const pages = htmlFiles()
      .filter((file) => !noindex(file))
      .map(urlOf);
    expect(listed.sort()).toEqual(pages.sort());
    expect(listed.every((url) => url.endsWith('/'))).toBe(true);
    expect(listed.join('\n')).not.toMatch(/draf|404/);
  });
});

describe('page metadata', () => {
  it('gives every page a title, a description, and a canonical URL that is its own', () => {
    for (const file of htmlFiles()) {
      const tree = page(file);
      expect(textOf(select('title', tree)!), file).toMatch(/\S.* · Warta$|^Warta$/);
      expect(meta(tree, 'description')[0], file).toMatch(/\S{3}/);
      const canonical = selectAll('link[rel=canonical]', tree).map((link) => link.properties.href);
      expect(canonical, file).toEqual([urlOf(file)]);
      expect(meta(tree, 'og:url'), file).toEqual([urlOf(file)]);
    }
  });

  it('links the icon, manifest and feed from every page', () => {
    for (const file of htmlFiles()) {
      const tree = page(file);
      expect(select('link[rel=icon]', tree)?.properties.href, file).toBe('/warta/favicon.svg');
      expect(select('link[rel=manifest]', tree)?.properties.href, file).toBe('/warta/manifest.webmanifest');
      expect(select('link[rel=alternate][type="application/rss+xml"]', tree)?.properties.href, file).toBe(
        '/warta/rss.xml',
      );
    }
  });

  it('describes an article for social previews: Open Graph and Twitter', () => {
    const tree = page(`berita/${fullSlug}/index.html`);
    expect(meta(tree, 'og:locale')).toEqual(['id_ID']);
    expect(meta(tree, 'og:type')).toEqual(['article']);
    expect(meta(tree, 'og:title')).toEqual([hostileTitle]);
    expect(meta(tree, 'og:description')).toEqual(['Ringkasan uji dengan semua kolom.']);
    // The lead photo's 1200-wide JPEG rendition, at an absolute URL under the base path.
    expect(meta(tree, 'og:image')).toEqual([
      expect.stringMatching(new RegExp(`^${home}_astro/${fullSlug}\\.[\\w-]+\\.jpe?g$`)),
    ]);
    expect(meta(tree, 'og:image:alt')).toEqual([PHOTO_TEXT.alt]);
    expect(meta(tree, 'twitter:image')).toEqual(meta(tree, 'og:image'));
    expect(meta(tree, 'article:published_time')).toEqual(['2025-01-10T09:30:00+07:00']);
    expect(meta(tree, 'article:modified_time')).toEqual(['2025-01-11T08:00:00+07:00']);
    expect(meta(tree, 'article:section')).toEqual(['Nasional']);
    expect(meta(tree, 'article:tag')).toEqual(['Uji Coba', 'Rusia']);
    expect(meta(tree, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(tree, 'twitter:title')).toEqual([hostileTitle]);
  });

  it('marks the other pages as website, in Indonesian', () => {
    for (const file of ['index.html', 'topik/rusia/index.html', 'kategori/nasional/index.html', '404.html']) {
      expect(meta(page(file), 'og:type'), file).toEqual(['website']);
      expect(meta(page(file), 'og:locale'), file).toEqual(['id_ID']);
      expect(meta(page(file), 'twitter:card'), file).toEqual(['summary']);
    }
  });

  it('keeps the 404 page out of search engines', () => {
    expect(meta(page('404.html'), 'robots')).toEqual(['noindex']);
    expect(meta(page('index.html'), 'robots')).toEqual([]);
  });
});

describe('NewsArticle JSON-LD', () => {
  const jsonLd = (file: string) => {
    // The page's scripts: this data block, the search highlight loader and the share
    // button (external modules, empty); nothing a hostile value could have added.
    const scripts = selectAll('script', page(file));
    expect(
      scripts.map((script) => script.properties.type),
      file,
    ).toEqual(['application/ld+json', 'module', 'module']);
    for (const script of scripts.slice(1))
      expect([script.children, script.properties.src], file).toEqual([
        [],
        expect.stringMatching(/^\/warta\/_astro\/.+\.js$/),
      ]);
    return JSON.parse(textOf(scripts[0]!)) as Record<string, unknown>;
  };

  it('carries the article fields, with WIB dates and the original source', () => {
    expect(jsonLd(`berita/${fullSlug}/index.html`)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: `${home}berita/${fullSlug}/`,
      headline: hostileTitle,
      description: 'Ringkasan uji dengan semua kolom.',
      datePublished: '2025-01-10T09:30:00+07:00',
      dateModified: '2025-01-11T08:00:00+07:00',
      inLanguage: 'id',
      articleSection: 'Nasional',
      keywords: ['Uji Coba', 'Rusia'],
      image: meta(page(`berita/${fullSlug}/index.html`), 'og:image'),
      author: { '@type': 'Organization', name: 'Kompas & Rekan' },
      publisher: {
        '@type': 'Organization',
        name: 'Warta',
        url: home,
        logo: { '@type': 'ImageObject', url: `${home}favicon.svg` },
      },
      isBasedOn: { '@type': 'NewsArticle', url: 'https://www.kompas.example/read/2025/01/10/uji' },
    });
  });

  it('leaves isBasedOn out when the original URL is unknown, and dateModified falls back to datePublished', () => {
    const data = jsonLd(`berita/${seedSlug}/index.html`);
    expect(data).not.toHaveProperty('isBasedOn');
    expect(data).toMatchObject({
      datePublished: '2024-11-08T00:00:00+07:00',
      dateModified: '2024-11-08T00:00:00+07:00',
    });
  });

  it('cannot be closed by a hostile headline: parsed as a browser does, the data block is the only inline script', () => {
    // jsonLd() asserts the page's scripts are that block and the loader, and that it parses; here the
    // headline in it is the hostile one, whole, so nothing of it leaked into markup.
    expect(jsonLd(`berita/${fullSlug}/index.html`).headline).toBe(hostileTitle);
    expect(read(`berita/${fullSlug}/index.html`)).toContain('\\u003c/script>\\u003cscript>alert(1)');
  });

  it('is only on article pages', () => {
    for (const file of ['index.html', 'topik/rusia/index.html', 'kategori/nasional/index.html', '404.html']) {
      expect(selectAll('script', page(file)), file).toEqual([]);
    }
  });
});

describe('the web manifest and icon', () => {
  it('describes the site under its base path', () => {
    const manifest = JSON.parse(read('manifest.webmanifest'));
    expect(manifest).toMatchObject({
      name: 'Warta',
      lang: 'id',
      start_url: '/warta/',
      scope: '/warta/',
      icons: [{ src: '/warta/favicon.svg', type: 'image/svg+xml', sizes: 'any' }],
    });
  });

  it('uses the page background of each colour scheme as theme colour', () => {
    const tokens = readFileSync(join(repoRoot, 'src/styles/tokens.css'), 'utf8');
    const backgrounds = [...tokens.matchAll(/--color-bg:\s*(#[0-9a-f]+)/gi)].map((match) => match[1]);
    expect(backgrounds).toEqual([themeColors.light, themeColors.dark]);
    const tree = page('index.html');
    expect(selectAll('meta[name=theme-color]', tree).map((m) => [m.properties.media, m.properties.content])).toEqual([
      ['(prefers-color-scheme: light)', themeColors.light],
      ['(prefers-color-scheme: dark)', themeColors.dark],
    ]);
  });
});
