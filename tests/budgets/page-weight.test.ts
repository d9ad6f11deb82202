import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTransfers } from '../support/transfer.ts';
import { launchBrowser } from '../support/browser.ts';
import { seedSlug } from '../support/seed.ts';
import { servedSite } from '../support/served-site.ts';

/** One TCP round trip on a new connection carries about 14 KB (10 segments of 1460 bytes). */
const FIRST_ROUND_TRIP = 14 * 1024;

const server = servedSite();
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
    console.log(`article page: ${total.bytes} B in ${total.requests} requests\n  ${transfers.map((t) => `${t.type} ${t.url} ${t.bytes} B`).join('\n  ')}`);
    const documentAndCss = await recorder.total((t) => t.type === 'document' || t.type === 'stylesheet');
    expect(documentAndCss.bytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    expect(transfers.filter((t) => t.type === 'stylesheet')).toHaveLength(1);
    // The one script is the search highlight loader: a module (deferred, never blocks
    // rendering) that does nothing unless the URL asks for highlighting.
    const scripts = transfers.filter((t) => t.type === 'script');
    expect(scripts.map((t) => new URL(t.url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/HighlightLoader\..+\.js$/)]);
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
