/**
 * Search in a real browser (Debian's Chromium through playwright-core) for the real seed
 * article, in the browser project's served site (tests/support/served-site.ts): built at
 * the root and under /warta/, both served by one nginx with gzip.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '#tests/support/browser.ts';
import { seedParagraphs, seedSlug } from '#tests/support/seed.ts';
import { servedSite } from '#tests/support/served-site.ts';
import { recordTransfers } from '#tests/support/transfer.ts';

const TITLE = 'Rusia Menolak Konfirmasi Pasukan Korea Utara Turut Bertempur Melawan Ukraina';
const server = servedSite();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh context and page that collect console errors and CSP violations. */
async function open(
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

const status = (page: Page) => page.locator('#cari-status');
const resultLinks = (page: Page) => page.locator('#cari-hasil .search-result-title a');

async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('#cari-q').fill(query);
  await page.locator('#cari-q').press('Enter');
}

/** The texts of the words marked on an article page, once the highlight script ran. */
async function markedWords(page: Page): Promise<string[]> {
  await page.locator('.article-body mark').first().waitFor();
  return page.locator('[data-pagefind-body] mark').allTextContents();
}

describe('searching on /cari/', () => {
  it('finds the seed, marks the words in the excerpt and on the article', async () => {
    const { context, page, problems } = await open();
    await page.goto(`${server.origin}/cari/`);
    await expect.poll(() => status(page).textContent()).toBe('Ketik kata kunci, lalu tekan Enter atau tombol Cari.');
    await searchFor(page, 'tempur');
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “tempur”');
    expect(new URL(page.url()).search).toBe('?q=tempur');
    expect(await resultLinks(page).allTextContents()).toEqual([TITLE]);
    expect(await page.locator('.search-result-date time').textContent()).toBe('Jumat, 8 November 2024');
    expect(new Set(await page.locator('.search-result-excerpt mark').allTextContents())).toEqual(
      new Set(['bertempur', 'pertempuran']),
    );

    await resultLinks(page).first().click();
    await page.waitForURL(/\/berita\//);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/berita/${seedSlug}/`);
    expect(new Set(url.searchParams.getAll('highlight'))).toEqual(new Set(['bertempur', 'pertempuran']));
    const marked = await markedWords(page);
    // The dek's "pertempuran", and in the body two "bertempur" and two "pertempuran".
    expect(marked.sort()).toEqual(['bertempur', 'bertempur', 'pertempuran', 'pertempuran', 'pertempuran']);
    expect(await page.locator('.baca-juga mark, h1 mark').count()).toBe(0);
    expect(await page.locator('head style').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('marks what the stemmer matched: "setuju" leads to "menyetujui"', async () => {
    const { context, page, problems } = await open();
    await page.goto(`${server.origin}/cari/?q=setuju`);
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “setuju”');
    expect(await page.locator('.search-result-excerpt mark').allTextContents()).toEqual(['menyetujui']);
    await resultLinks(page).first().click();
    expect(await markedWords(page)).toEqual(['menyetujui']);
    // The match is far down the article: it was brought into view.
    const box = await page.locator('.article-body mark').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds an article by a name variant from its frontmatter', async () => {
    const { context, page } = await open();
    await page.goto(`${server.origin}/cari/?q=Kiev`);
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “Kiev”');
    expect(await resultLinks(page).allTextContents()).toEqual([TITLE]);
    await context.close();
  });

  it('says so, in Indonesian, when nothing matches', async () => {
    const { context, page } = await open();
    await page.goto(`${server.origin}/cari/?q=xyzzy&topik=rusia`);
    await expect
      .poll(() => status(page).textContent())
      .toBe(
        'Tidak ada hasil untuk “xyzzy” (topik Rusia). Periksa ejaan, coba kata lain yang semakna, atau pilih semua kategori dan topik.',
      );
    expect(await page.locator('#cari-hasil').isHidden()).toBe(true);
    expect(await page.locator('#cari-topik').inputValue()).toBe('rusia');
    await context.close();
  });

  it('says so, in Indonesian, when the index cannot be loaded', async () => {
    const { context, page } = await open();
    await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.origin}/cari/?q=tempur`);
    await expect
      .poll(() => status(page).textContent())
      .toMatch(/^Maaf, pencarian tidak dapat dimuat\. Periksa sambungan internet Anda/);
    expect(await status(page).locator('a').getAttribute('href')).toBe('/');
    await context.close();
  });

  it('says so, in Indonesian, when the search worker cannot start, and tries again on the next search', async () => {
    const { context, page } = await open();
    let blocked = true;
    await page.route('**/_astro/search-worker-*.js', (route) =>
      blocked ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(`${server.origin}/cari/?q=tempur`);
    await expect
      .poll(() => status(page).textContent())
      .toMatch(/^Maaf, pencarian tidak dapat dimuat\. Periksa sambungan internet Anda/);
    blocked = false;
    await page.locator('#cari-q').press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “tempur”');
    await context.close();
  });

  it('keeps the search in the URL: filters, order, Back and Forward', async () => {
    const { context, page } = await open();
    await page.goto(`${server.origin}/cari/?q=tempur`);
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “tempur”');
    await page.locator('#cari-topik').selectOption('ukraina');
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “tempur” (topik Ukraina)');
    await page.locator('#cari-urut').selectOption('terbaru');
    await expect.poll(() => page.url()).toBe(`${server.origin}/cari/?q=tempur&topik=ukraina&urut=terbaru`);
    await searchFor(page, 'xyzzy');
    await expect.poll(() => status(page).textContent()).toMatch(/^Tidak ada hasil untuk “xyzzy”/);

    await page.goBack();
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “tempur” (topik Ukraina)');
    expect(await page.locator('#cari-q').inputValue()).toBe('tempur');
    expect(await page.locator('#cari-urut').inputValue()).toBe('terbaru');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${server.origin}/cari/?q=tempur`);
    expect(await page.locator('#cari-topik').inputValue()).toBe('');
    await page.goForward();
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “tempur” (topik Ukraina)');
    await context.close();
  });
});

describe('the header search box', () => {
  it('sends a query from any page to /cari/', async () => {
    const { context, page } = await open();
    await page.goto(`${server.origin}/topik/rusia/`);
    await page.locator('#kotak-cari').fill('Peskov');
    await page.locator('#kotak-cari').press('Enter');
    await page.waitForURL(`${server.origin}/cari/?q=Peskov`);
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “Peskov”');
    // /cari/ has one search field: its own.
    expect(await page.locator('input[type=search]').count()).toBe(1);
    await context.close();
  });

  it('works without JavaScript; /cari/ then says it needs it and links the article list', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    await page.goto(`${server.origin}/`);
    await page.locator('#kotak-cari').fill('Kursk');
    await page.locator('#kotak-cari').press('Enter');
    await page.waitForURL(`${server.origin}/cari/?q=Kursk`);
    const notice = page.locator('.search-noscript');
    expect(await notice.textContent()).toMatch(/Pencarian membutuhkan JavaScript/);
    expect(await notice.locator('a').getAttribute('href')).toBe('/');
    // And an article opened with ?highlight= reads the same without it.
    await page.goto(`${server.origin}/berita/${seedSlug}/?highlight=Kursk`);
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.locator('.article-body').textContent()).toContain('tepatnya di Kursk');
    await context.close();
  });
});

describe('under a base path', () => {
  it('loads the bundle, links results and highlights under /warta/', async () => {
    const { context, page, problems } = await open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.origin}/warta/`);
    expect(await page.locator('header form[role=search]').getAttribute('action')).toBe('/warta/cari/');
    await page.locator('#kotak-cari').fill('korea utara');
    await page.locator('#kotak-cari').press('Enter');
    await page.waitForURL(`${server.origin}/warta/cari/?q=korea+utara`);
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “korea utara”');
    const href = await resultLinks(page).first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^/warta/berita/${seedSlug}/\\?highlight=`));
    const bundle = requested.filter((path) => path.includes('/pagefind/'));
    expect(bundle.length).toBeGreaterThan(0);
    for (const path of bundle) expect(path).toMatch(/^\/warta\/pagefind\//);

    await resultLinks(page).first().click();
    await page.waitForURL(/\/warta\/berita\//);
    // The phrase, each time it appears in the indexed text, and never the "Korea" of
    // "Korea Selatan".
    const phrases = seedParagraphs
      .filter((line) => !/^Baca Juga/.test(line))
      .join(' ')
      .match(/Korea Utara/g)!;
    expect(await markedWords(page)).toEqual(phrases);
    expect(requested).toContain('/warta/pagefind/pagefind-highlight.js');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('keyboard only', () => {
  async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 25): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const active = await page.evaluateHandle(() => document.activeElement ?? document.body);
      if (await active.evaluate(matches)) return;
    }
    throw new Error('focus never reached the element');
  }

  it('searches from the header, reaches a result and opens it with visible focus', async () => {
    const { context, page } = await open();
    await page.goto(`${server.origin}/`);
    await tabTo(page, (el) => el.id === 'kotak-cari');
    await page.keyboard.type('pertempuran');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cari\/\?q=pertempuran/);
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “pertempuran”');
    await tabTo(page, (el) => el.matches('.search-result-title a'));
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/berita\/.*highlight=/);
    expect((await markedWords(page)).length).toBeGreaterThan(0);
    await context.close();
  });

  it('changes filters and order with the keyboard', async () => {
    const { context, page } = await open();
    await page.goto(`${server.origin}/cari/`);
    // Arriving without a query, the field has focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-q');
    await page.keyboard.type('Pyongyang');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “Pyongyang”');
    await tabTo(page, (el) => el.id === 'cari-urut');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toMatch(/urut=terbaru/);
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “Pyongyang”');
    await context.close();
  });
});

describe('the search page', () => {
  it('has no accessibility violations with results, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await open({ colorScheme });
      await page.goto(`${server.origin}/cari/?q=tempur`);
      await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “tempur”');
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
        colorScheme,
      ).toEqual([]);
      await context.close();
    }
  });

  it('fits a 320 px screen', async () => {
    const { context, page } = await open({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.origin}/cari/?q=korea%20utara`);
    await expect.poll(() => status(page).textContent()).toBe('1 hasil untuk “korea utara”');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('costs at most 100 KB transferred for the page and a first search', async () => {
    const { context, page } = await open();
    const log = recordTransfers(context);
    await page.goto(`${server.origin}/cari/`);
    await searchFor(page, 'tempur');
    await page.locator('.search-result-excerpt mark').first().waitFor();
    await page.waitForLoadState('networkidle');
    const { bytes: total } = await log.total();
    const transfers = await log.transfers();
    const files = transfers.map((t) => new URL(t.url).pathname);
    // The page, its CSS and script, Pagefind's JS, the list of shelves, the shelf's WebAssembly and index pieces.
    expect(files).toEqual(
      expect.arrayContaining([
        '/cari/',
        '/pagefind/pagefind.js',
        '/pagefind/rak.json',
        '/pagefind/rak-1/wasm.id.pagefind',
      ]),
    );
    expect(files.some((file) => file.endsWith('.pf_index'))).toBe(true);
    // The page hands its preloads to the search worker: no search file is paid for twice.
    const paid = transfers.filter((t) => t.bytes > 0 && t.url.includes('/pagefind/')).map((t) => t.url);
    expect(paid.filter((url, i) => paid.indexOf(url) !== i)).toEqual([]);
    expect(total, JSON.stringify(transfers)).toBeLessThanOrEqual(100_000);
    await context.close();
  });
});
