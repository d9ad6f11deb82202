import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTransfers } from '#tests/support/transfer.ts';
import { launchBrowser } from '#tests/support/browser.ts';
import { layoutShift } from '#tests/support/layout-shift.ts';
import { seedSlug } from '#tests/support/seed.ts';
import { photoSlug } from './corpus.ts';
import { budgetSite } from './served-site.ts';

/** One TCP round trip on a new connection carries about 14 KB (10 segments of 1460 bytes). */
const FIRST_ROUND_TRIP = 14 * 1024;

const server = budgetSite();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the article page budget', () => {
  it('costs at most 14 KB of HTML and CSS (gzip), with one stylesheet and no render-blocking script', async () => {
    const context = await browser.newContext();
    const recorder = recordTransfers(context);
    const page = await context.newPage();
    await page.goto(`${server.origin}/berita/${seedSlug}/`, { waitUntil: 'load' });
    const transfers = await recorder.transfers();
    const total = await recorder.total();
    console.log(
      `article page: ${total.bytes} B in ${total.requests} requests\n  ${transfers.map((t) => `${t.type} ${t.url} ${t.bytes} B`).join('\n  ')}`,
    );
    const documentAndCss = await recorder.total((t) => t.type === 'document' || t.type === 'stylesheet');
    expect(documentAndCss.bytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    expect(transfers.filter((t) => t.type === 'stylesheet')).toHaveLength(1);
    // Two small modules (deferred, never blocking rendering): the search highlight loader,
    // which does nothing unless the URL asks for highlighting, and the share button's.
    const scripts = transfers.filter((t) => t.type === 'script');
    expect(scripts.map((t) => new URL(t.url).pathname).sort()).toEqual([
      expect.stringMatching(/^\/_astro\/HighlightLoader\..+\.js$/),
      expect.stringMatching(/^\/_astro\/ShareLinks\..+\.js$/),
    ]);
    expect(await page.locator('head script[src]:not([type=module])').count()).toBe(0);
    // gzip really was used: the same HTML is larger on disk than on the wire.
    const html = await (await fetch(`${server.origin}/berita/${seedSlug}/`)).text();
    expect(transfers.find((t) => t.type === 'document')!.bytes).toBeLessThan(html.length);
    await context.close();
  });

  it('reads without JavaScript: the whole text is there with scripts disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/berita/${seedSlug}/`);
    // The source has 12 lines: 10 paragraphs and 2 Baca Juga lines.
    await expect(page.locator('.article-body > p').count()).resolves.toBe(10);
    await expect(page.locator('.article-body > aside').count()).resolves.toBe(2);
    expect(await page.locator('h1').innerText()).toContain('Rusia Menolak Konfirmasi');
    await context.close();
  });
});

describe('the budget of an article with a lead photo, on a 375 px phone', () => {
  it('costs at most 14 KB of HTML and CSS and 60 KB of image (gzip), and nothing shifts', async () => {
    // A phone-sized screen at 2× density (a common phone): the browser picks by device pixels.
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    const recorder = recordTransfers(context);
    const page = await context.newPage();
    await page.goto(`${server.origin}/berita/${photoSlug}/`, { waitUntil: 'load' });
    const transfers = await recorder.transfers();
    console.log(
      `photo article at 375 px: ${transfers.map((t) => `${t.type} ${new URL(t.url).pathname} ${t.bytes} B`).join('\n  ')}`,
    );
    const documentAndCss = await recorder.total((t) => t.type === 'document' || t.type === 'stylesheet');
    expect(documentAndCss.bytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    const images = transfers.filter((t) => t.type === 'image');
    expect(images.map((t) => new URL(t.url).pathname)).toEqual([
      expect.stringMatching(new RegExp(`^/_astro/${photoSlug}\\..+\\.avif$`)),
    ]);
    expect(images[0]!.bytes).toBeLessThanOrEqual(60 * 1024);
    const shift = await layoutShift(page);
    expect(shift).toBe(0);
    await context.close();
  });
});
