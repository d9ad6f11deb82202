import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleMarkdown } from '#tests/support/article-fixture.ts';
import { launchBrowser } from '#tests/support/browser.ts';
import { layoutShift } from '#tests/support/layout-shift.ts';
import { buildSite, makeContentDir } from '#tests/support/build-site.ts';
import { parseHtml, select, selectAll, textOf } from '#tests/support/html.ts';
import { startNginx, type StaticServer } from '#tests/support/nginx.ts';
import { PHOTO_TEXT, TEST_PHOTO, photoArticle } from '#tests/support/photo.ts';

/**
 * Sections, lead photos, related stories and share links, on a corpus made for them:
 * 22 weather reports and a flood report with a photo in Nasional (two listing pages),
 * two Ekonomi reports (one spelled EKONOMI), one of them sharing the topic Banjir.
 */
const origin = 'https://warta.test';
const cuaca = (n: number) => `cuaca-${String(n).padStart(2, '0')}`;
const cuacaTitle = (n: number) => `Prakiraan cuaca hari ke-${n}: hujan lebat di sejumlah wilayah`;
const photoTitle = 'Banjir rendam ratusan rumah setelah hujan semalaman';

let outDir: string;
const html = (path: string) => parseHtml(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const hrefs = (tree: ReturnType<typeof html>, selector: string) =>
  selectAll(selector, tree).map((a) => String(a.properties.href));

beforeAll(async () => {
  const files: Record<string, string | Uint8Array> = {
    ...(await photoArticle('foto-banjir', {
      title: photoTitle,
      pubDate: '2025-01-12T07:15:00+07:00',
      tags: ['Banjir', 'Cuaca'],
    })),
    'ekonomi-1.md': articleMarkdown({
      title: 'Harga beras naik setelah banjir',
      pubDate: '2024-12-01T10:00:00+07:00',
      category: 'Ekonomi',
      tags: ['Banjir'],
    }),
    'ekonomi-2.md': articleMarkdown({
      title: 'Ekspor kopi meningkat',
      pubDate: '2024-11-01T10:00:00+07:00',
      category: 'EKONOMI',
    }),
  };
  for (let n = 1; n <= 22; n++) {
    files[`${cuaca(n)}.md`] = articleMarkdown({
      title: cuacaTitle(n),
      pubDate: `2025-01-${String(n).padStart(2, '0')}T06:00:00+07:00`,
      tags: ['Cuaca'],
    });
  }
  const build = buildSite(makeContentDir(files), { env: { WARTA_SITE_URL: origin } });
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
});

describe('section pages', () => {
  it("list a section's latest 20 newest first, then its years, each paginated within the year", () => {
    const first = html('kategori/nasional');
    const year = html('kategori/nasional/2025');
    const yearSecond = html('kategori/nasional/2025/halaman/2');
    const expected = [22, 21, 20, 19, 18, 17, 16, 15, 14, 13]
      .map(cuacaTitle)
      .concat(photoTitle)
      .concat([12, 11, 10, 9, 8, 7, 6, 5, 4].map(cuacaTitle));
    expect(selectAll('.card h2', first).map(textOf)).toEqual(expected);
    expect(select('a[rel=next]', first)).toBeUndefined();
    expect(selectAll('.label-years a', first).map((a) => a.properties.href)).toEqual(['/kategori/nasional/2025/']);
    expect(selectAll('.card h2', year).map(textOf)).toEqual(expected);
    expect(selectAll('.card h2', yearSecond).map(textOf)).toEqual([3, 2, 1].map(cuacaTitle));
    expect(select('a[rel=next]', year)?.properties.href).toBe('/kategori/nasional/2025/halaman/2/');
    expect(textOf(select('h1', first)!)).toBe('Nasional');
  });

  it('gather every spelling of a category under the first one, and name no section on cards', () => {
    const ekonomi = html('kategori/ekonomi');
    expect(textOf(select('h1', ekonomi)!)).toBe('Ekonomi');
    expect(selectAll('.card h2', ekonomi).map(textOf)).toEqual([
      'Harga beras naik setelah banjir',
      'Ekspor kopi meningkat',
    ]);
    expect(selectAll('.card .kicker', ekonomi)).toEqual([]);
    expect(existsSync(join(outDir, 'kategori/ekonomi/halaman/2'))).toBe(false);
  });

  it('are linked from the header of every page, in alphabetical order, the current one marked', () => {
    for (const path of ['', 'kategori/ekonomi', `berita/${cuaca(1)}`, 'topik/cuaca']) {
      expect(hrefs(html(path), 'nav.sections a'), path).toEqual(['/', '/kategori/ekonomi/', '/kategori/nasional/']);
    }
    const current = selectAll('nav.sections a[aria-current=page]', html('kategori/ekonomi'));
    expect(current.map(textOf)).toEqual(['Ekonomi']);
  });

  it('are linked from the category on an article and on listing cards', () => {
    expect(hrefs(html('berita/ekonomi-2'), 'article .kicker a')).toEqual(['/kategori/ekonomi/']);
    expect(textOf(select('article .kicker', html('berita/ekonomi-2'))!)).toBe('EKONOMI');
    const home = html('');
    expect(hrefs(home, '.card .kicker a').slice(0, 2)).toEqual(['/kategori/nasional/', '/kategori/nasional/']);
    expect(hrefs(html('topik/banjir'), '.card .kicker a')).toEqual(['/kategori/nasional/', '/kategori/ekonomi/']);
  });
});

describe('the lead photo', () => {
  const page = () => html('berita/foto-banjir');
  const file = (url: string) => join(outDir, new URL(url, origin).pathname);

  it('is a picture of AVIF and WebP in four widths, with its size, loaded first', () => {
    const tree = page();
    const sources = selectAll('figure.lead-image picture source', tree);
    expect(sources.map((s) => s.properties.type)).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      const widths = String(source.properties.srcSet)
        .split(', ')
        .map((entry) => entry.split(' ')[1]);
      expect(widths).toEqual(['360w', '540w', '720w', '1080w']);
      expect(source.properties.sizes).toBe('(min-width: 38rem) 36rem, calc(100vw - 2rem)');
    }
    const img = select('figure.lead-image img', tree)!;
    // 1600×1067 scaled to 1080 wide: 1067 × 1080 / 1600 = 720.2.
    expect([img.properties.width, img.properties.height]).toEqual([1080, 720]);
    expect([img.properties.loading, img.properties.fetchPriority, img.properties.alt]).toEqual([
      'eager',
      'high',
      PHOTO_TEXT.alt,
    ]);
    expect(selectAll('img[fetchpriority]', tree)).toHaveLength(1);
  });

  it('writes every rendition it lists, at the width it claims', async () => {
    const tree = page();
    const entries = selectAll('figure.lead-image source, figure.lead-image img', tree).flatMap((element) =>
      String(element.properties.srcSet)
        .split(', ')
        .map((entry) => entry.split(' ') as [string, string]),
    );
    expect(entries).toHaveLength(12);
    for (const [url, width] of entries) {
      const metadata = await sharp(file(url)).metadata();
      expect(`${metadata.width}w`, url).toBe(width);
      expect(metadata.format, url).toBe({ avif: 'heif', webp: 'webp', jpeg: 'jpeg' }[url.split('.').pop()!]);
    }
  });

  it('shows its caption and credit under it', () => {
    expect(textOf(select('figure.lead-image figcaption', page())!)).toBe(
      `${PHOTO_TEXT.caption} Foto: ${PHOTO_TEXT.credit}`,
    );
  });

  it('is shared as a 1200-wide JPEG in Open Graph, X and JSON-LD', async () => {
    const tree = page();
    const og = String(select('meta[property="og:image"]', tree)?.properties.content);
    expect(og).toMatch(new RegExp(`^${origin}/_astro/foto-banjir\\..+\\.jpe?g$`));
    expect(select('meta[name="twitter:image"]', tree)?.properties.content).toBe(og);
    expect(select('meta[property="og:image:alt"]', tree)?.properties.content).toBe(PHOTO_TEXT.alt);
    const jsonLd = JSON.parse(textOf(select('script[type="application/ld+json"]', tree)!)) as { image: string[] };
    expect(jsonLd.image).toEqual([og]);
    const metadata = await sharp(file(og)).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual([
      'jpeg',
      1200,
      Math.round((TEST_PHOTO.height * 1200) / TEST_PHOTO.width),
    ]);
  });

  it('is absent, with no image metadata, from an article without one', () => {
    const tree = html(`berita/${cuaca(1)}`);
    expect(selectAll('figure, meta[property="og:image"]', tree)).toEqual([]);
  });
});

describe('related stories', () => {
  const related = (slug: string) => selectAll('.related li a', html(`berita/${slug}`));

  it('end an article with five published before it sharing its topics, newest first, never itself', () => {
    // foto-banjir is of 12 January, 07:15; cuaca 12 of that day, 06:00; cuaca 13 to 22 are newer.
    expect(related('foto-banjir').map(textOf)).toEqual([12, 11, 10, 9, 8].map(cuacaTitle));
    expect(related('foto-banjir').map((a) => a.properties.href)).toEqual(
      [12, 11, 10, 9, 8].map((n) => `/berita/${cuaca(n)}/`),
    );
    expect(textOf(select('.related h2', html('berita/foto-banjir'))!)).toBe('Berita terkait');
  });

  it('add the section when topics give fewer than five', () => {
    // ekonomi-1 shares Banjir only with the newer foto-banjir; the older ekonomi-2 is in its section.
    expect(related('ekonomi-1').map(textOf)).toEqual(['Ekspor kopi meningkat']);
    // The oldest of its topics and section has nothing before it.
    expect(related('ekonomi-2').map(textOf)).toEqual([]);
  });
});

describe('share links', () => {
  it('link to WhatsApp, Telegram, X and e-mail with the headline and the canonical URL', () => {
    const tree = html('berita/foto-banjir');
    const url = `${origin}/berita/foto-banjir/`;
    const links = selectAll('.share a', tree).map((a) => new URL(String(a.properties.href)));
    expect(links.map((link) => link.origin + link.pathname)).toEqual([
      'https://wa.me/',
      'https://t.me/share/url',
      'https://x.com/intent/tweet',
      'null',
    ]);
    expect(links[0]!.searchParams.get('text')).toBe(`${photoTitle} ${url}`);
    expect([links[1]!.searchParams.get('url'), links[2]!.searchParams.get('url')]).toEqual([url, url]);
    expect(links[3]!.href.startsWith('mailto:?subject=')).toBe(true);
    expect(links[3]!.searchParams.get('body')).toBe(`${photoTitle}\n\n${url}`);
    const button = select('.share button', tree)!;
    expect([button.properties.hidden, button.properties.dataShareUrl, button.properties.dataShareTitle]).toEqual([
      true,
      url,
      photoTitle,
    ]);
  });
});

describe('in the browser', () => {
  let server: StaticServer;
  let browser: Browser;
  const articleUrl = () => `${server.origin}/berita/foto-banjir/`;

  beforeAll(async () => {
    server = await startNginx([{ dir: outDir, basePath: '/' }]);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps the share links and hides the share button with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articleUrl());
    expect(
      await page.locator('.share a').evaluateAll((links) => links.map((a) => (a as HTMLElement).innerText)),
    ).toEqual(['WhatsApp', 'Telegram', 'X', 'E-mail']);
    expect(await page.locator('.share button').isVisible()).toBe(false);
    await context.close();
  });

  it('hides the share button where the browser has no Web Share', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    const page = await context.newPage();
    await page.goto(articleUrl(), { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    expect(await page.locator('.share button').isVisible()).toBe(false);
    await context.close();
  });

  it('shows the share button where navigator.share exists, and shares the headline and URL', async () => {
    const context = await browser.newContext();
    // The browser's share sheet, replaced by a recorder: the test stands in for the OS.
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => void shared.push(data),
      });
    });
    const page = await context.newPage();
    await page.goto(articleUrl());
    await page.locator('.share button').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: photoTitle, url: `${origin}/berita/foto-banjir/` }]);
    await context.close();
  });

  it('loads the lead photo as a phone needs it, without shifting the layout', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 700 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(articleUrl(), { waitUntil: 'load' });
    const photo = await page.locator('figure.lead-image img').evaluate((img: HTMLImageElement) => ({
      src: img.currentSrc,
      avif: img.parentElement!.querySelector('source[type="image/avif"]')!.getAttribute('srcset')!,
      shown: Math.round(img.getBoundingClientRect().width),
    }));
    // 375 − 2 × 16 px padding = 343 CSS px, × 2 = 686 device px: the 720-wide AVIF.
    expect(photo.shown).toBe(343);
    const chosen = photo.avif.split(', ').find((entry) => photo.src.endsWith(entry.split(' ')[0]!));
    expect(chosen).toMatch(/\.avif 720w$/);
    const shift = await layoutShift(page, 500);
    expect(shift).toBe(0);
    await context.close();
  });

  it('scrolls the section navigation sideways at 320 px, every section reachable', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/kategori/ekonomi/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const links = page.locator('nav.sections a');
    for (let i = 0; i < (await links.count()); i++) {
      await links.nth(i).scrollIntoViewIfNeeded();
      const box = (await links.nth(i).boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= 320, `link ${i}`).toBe(true);
    }
    await context.close();
  });
});
