import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLegacyListingPath } from '#src/listings/routes.ts';
import { archiveContentDir } from '#tests/support/archive-corpus.ts';
import { launchBrowser } from '#tests/support/browser.ts';
import type { StaticServer } from '#tests/support/nginx.ts';
import { crawl, type CrawlResult } from '#tests/support/crawl.ts';
import { basePaths, buildAndServe, siteOrigin, type ServedSite } from '#tests/support/served-site.ts';

/**
 * A generated archive of 70 articles (October and November 2024, three topics), big
 * enough for several pages per month and the old "halaman/N" URLs, served by nginx with
 * the production headers at / and /warta/.
 */
let site: ServedSite & StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildAndServe(archiveContentDir(70), basePaths);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe.each(basePaths)('the archive under %s', (basePath) => {
  let result: CrawlResult;
  const pathOf = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    result = await crawl(site.origin, siteOrigin, [basePath]);
  });

  it('reaches every article and every archive page by links from the home page alone', () => {
    const pages = readdirSync(site.outDirs[basePath], { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => file.replace(/index\.html$/, ''));
    const reached = new Set([...result.visits.keys()].map((url) => pathOf(url).slice(basePath.length)));
    expect(pages.filter((page) => page.startsWith('berita/')).length).toBe(70);
    // Only the old paginated URLs are linked from nowhere: they exist for old links.
    expect(pages.filter((page) => !reached.has(page) && !isLegacyListingPath(page))).toEqual([]);
    expect(pages.filter((page) => isLegacyListingPath(page)).sort()).toEqual([
      'halaman/2/',
      'halaman/3/',
      'halaman/4/',
      'topik/ekonomi/halaman/2/',
      'topik/korea-utara/halaman/2/',
      'topik/pemilu/halaman/2/',
    ]);
    expect([...result.visits.values()].filter((visit) => visit.status !== 200).map((visit) => visit.url)).toEqual([]);
  });

  it.each([
    ['halaman/3/', 'arsip/'],
    ['topik/korea-utara/halaman/2/', 'topik/korea-utara/'],
  ])('sends the old %s on to %s in the browser, under the strict CSP', async (from, to) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) =>
      problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`),
    );
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const response = await page.goto(site.origin + basePath + from, { waitUntil: 'load' });
    // The header policy applies to the redirect page as to every page.
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.waitForURL(site.origin + basePath + to);
    await page.waitForLoadState('load');
    expect(await page.locator('h1').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
