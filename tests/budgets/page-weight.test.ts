import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTransfers } from '../../src/bench/transfer-recorder.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildSite, repoRoot } from '../helpers/build-site.ts';
import { startNginx, type StaticServer } from '../helpers/nginx.ts';
import { seedSlug } from '../helpers/seed.ts';

/** One TCP round trip on a new connection carries about 14 KB (10 segments of 1460 bytes). */
const FIRST_ROUND_TRIP = 14 * 1024;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const build = buildSite(join(repoRoot, 'content'));
  expect(build.status, build.output).toBe(0);
  server = await startNginx([{ dir: build.outDir, basePath: '/' }]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the article page budget', () => {
  it('costs at most 14 KB of HTML and CSS (gzip), with one stylesheet and no script', async () => {
    const page = await browser.newPage();
    const recorder = await recordTransfers(page);
    await page.goto(`${server.origin}/berita/${seedSlug}/`, { waitUntil: 'load' });
    const total = recorder.total();
    const byType = recorder.requests.map((r) => `${r.type} ${r.url} ${r.encodedBytes} B`);
    console.log(`article page: ${total.bytes} B in ${total.requests} requests\n  ${byType.join('\n  ')}`);
    const documentAndCss = recorder.total((r) => r.type === 'Document' || r.type === 'Stylesheet');
    expect(documentAndCss.bytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    expect(recorder.requests.filter((r) => r.type === 'Stylesheet')).toHaveLength(1);
    expect(recorder.requests.filter((r) => r.type === 'Script')).toHaveLength(0);
    // gzip really was used: the same HTML is larger on disk than on the wire.
    expect(recorder.requests.find((r) => r.type === 'Document')!.encodedBytes).toBeLessThan(
      (await (await fetch(`${server.origin}/berita/${seedSlug}/`)).text()).length,
    );
    await page.close();
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
