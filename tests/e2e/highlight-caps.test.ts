/**
 * Issue 10, case 12: `?highlight=` comes from any link, so the loader caps the number and
 * length of its terms before Pagefind's highlight script compiles them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleMarkdown } from '../support/article-fixture.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, makeContentDir } from '../support/build-site.ts';
import { startNginx, type StaticServer } from '../support/nginx.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const contentDir = makeContentDir({
    'zamrud.md': articleMarkdown({
      title: 'Kabar zamrud',
      pubDate: '2025-01-10T09:30:00+07:00',
      body: 'Batu zamrud ditemukan di sungai.',
    }),
  });
  const build = buildSite(contentDir);
  expect(build.status, build.output).toBe(0);
  server = await startNginx([{ dir: build.outDir, basePath: '/' }]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the article with the given highlight terms; collects page errors. */
async function openWith(terms: string[]): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // nginx refuses a request line over 8 KiB (414); a link can still carry one to a host
  // that takes it, so the browser is handed the page as nginx serves it without the query.
  await page.route(`${server.origin}/berita/zamrud/?*`, async (route) =>
    route.fulfill({ response: await route.fetch({ url: `${server.origin}/berita/zamrud/` }) }),
  );
  const query = terms.map((term) => `highlight=${encodeURIComponent(term)}`).join('&');
  await page.goto(`${server.origin}/berita/zamrud/?${query}`);
  return { page, errors };
}

const highlightTerms = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.getAll('highlight'));

describe('the highlight loader caps its terms', () => {
  it('cuts a 100,000-character term and still marks the words', async () => {
    const { page, errors } = await openWith(['zamrud', 'a'.repeat(100_000)]);
    await page.locator('[data-pagefind-body] mark').first().waitFor();
    expect(await page.locator('[data-pagefind-body] mark').allTextContents()).toContain('zamrud');
    const terms = await highlightTerms(page);
    expect(terms[0]).toBe('zamrud');
    expect(terms[1]).toBe('a'.repeat(64));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the first 16 of 2,000 terms', async () => {
    const { page, errors } = await openWith(['sungai', ...Array.from({ length: 1999 }, (_, i) => `kata${i}`)]);
    await page.locator('[data-pagefind-body] mark').first().waitFor();
    expect(await page.locator('[data-pagefind-body] mark').allTextContents()).toContain('sungai');
    const terms = await highlightTerms(page);
    expect(terms).toHaveLength(16);
    expect(terms.slice(0, 3)).toEqual(['sungai', 'kata0', 'kata1']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
