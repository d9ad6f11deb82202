/**
 * Issue 10, case 12: `?highlight=` comes from any link, so the loader caps the number and
 * length of its terms before Pagefind's highlight script compiles them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '#tests/support/browser.ts';
import { seedSlug } from '#tests/support/seed.ts';
import { servedSite } from '#tests/support/served-site.ts';

/** The seed article, in the browser project's served site; "Kursk" and "Peskov" are in its body. */
const article = `${servedSite().origin}/berita/${seedSlug}/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the article with the given highlight terms; collects page errors. */
async function openWith(terms: string[]): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // nginx refuses a request line over 8 KiB (414); a link can still carry one to a host
  // that takes it, so the browser is handed the page as nginx serves it without the query.
  await page.route(`${article}?*`, async (route) => route.fulfill({ response: await route.fetch({ url: article }) }));
  const query = terms.map((term) => `highlight=${encodeURIComponent(term)}`).join('&');
  await page.goto(`${article}?${query}`);
  return { page, errors };
}

const highlightTerms = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.getAll('highlight'));

describe('the highlight loader caps its terms', () => {
  it('cuts a 100,000-character term and still marks the words', async () => {
    const { page, errors } = await openWith(['Kursk', 'a'.repeat(100_000)]);
    await page.locator('[data-pagefind-body] mark').first().waitFor();
    expect(await page.locator('[data-pagefind-body] mark').allTextContents()).toContain('Kursk');
    const terms = await highlightTerms(page);
    expect(terms[0]).toBe('Kursk');
    expect(terms[1]).toBe('a'.repeat(64));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the first 16 of 2,000 terms', async () => {
    const { page, errors } = await openWith(['Peskov', ...Array.from({ length: 1999 }, (_, i) => `kata${i}`)]);
    await page.locator('[data-pagefind-body] mark').first().waitFor();
    expect(await page.locator('[data-pagefind-body] mark').allTextContents()).toContain('Peskov');
    const terms = await highlightTerms(page);
    expect(terms).toHaveLength(16);
    expect(terms.slice(0, 3)).toEqual(['Peskov', 'kata0', 'kata1']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
