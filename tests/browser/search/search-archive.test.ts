/**
 * Search in a large archive: 10,000 generated articles (bench/corpus.ts) plus one written
 * here, from 2017, with a phrase no other article has. A reader on /cari/ finds it with one
 * click, though the index is split into shelves and a first search looks only in the
 * newest ones; a search's first screen of results comes ahead of the rest of its page; and
 * "Terbaru dulu" keeps date order across shelves.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '#bench/corpus.ts';
import { launchBrowser } from '#tests/support/browser.ts';
import { buildSite, type BuildResult } from '#tests/support/build-site.ts';
import { startNginx, type StaticServer } from '#tests/support/nginx.ts';
import { seedRawText } from '#tests/support/seed.ts';

const ARCHIVE = 10_000;
const OLD_SLUG = 'kincir-angin-desa-2017';
const OLD_TITLE = 'Kincir Angin Desa Tepi Pantai Mulai Berputar';
/** Words the seed (and so the synthetic corpus) never uses, even stemmed ("pesisir" would match thousands). */
const PHRASE = 'kincir angin';

const oldArticle = `---
title: "${OLD_TITLE}"
description: "Warga desa di tepi pantai menyalakan kincir angin pertama mereka."
pubDate: "2017-04-12T09:30:00+07:00"
source:
  name: "Warta (uji)"
category: "Nasional"
---

Warga sebuah desa di tepi pantai menyalakan kincir angin pertama mereka pada Rabu pagi.

Listrik dari kincir itu menerangi balai desa dan dua puluh rumah nelayan.
`;

let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const content = mkdtempSync(join(tmpdir(), 'warta-archive-'));
  writeCorpus(generateCorpus(seedRawText, ARCHIVE - 1), content);
  writeFileSync(join(content, 'articles', `${OLD_SLUG}.md`), oldArticle);
  build = buildSite(content);
  expect(build.status, build.output).toBe(0);
  server = await startNginx([{ dir: build.outDir, basePath: '/' }]);
  browser = await launchBrowser();
}, 1_800_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe(`a ${ARCHIVE.toLocaleString('en')}-article archive`, () => {
  it('is split into shelves', () => {
    expect(build.output).toMatch(/indexed 10000 article\(s\) in Indonesian .*\(10 shelves/);
  });

  it('lets a reader find a 2017 article by a phrase only it has', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/cari/`);
    await page.locator('#cari-q').fill(PHRASE);
    await page.locator('#cari-q').press('Enter');
    // Nothing among the newest shelves: the page says so and offers to look further back.
    await expect
      .poll(() => page.locator('#cari-status').textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`^Tidak ada hasil untuk “${PHRASE}” dalam berita sejak \\p{L}+ \\d{4}\\.$`, 'u'));
    const back = page.locator('#cari-lagi');
    expect(await back.textContent()).toMatch(/^Cari di berita sebelum \p{L}+ \d{4}$/u);
    // One click reaches back until it finds the article, and says how far.
    await back.click();
    await expect
      .poll(() => page.locator('#cari-status').textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(`^1 hasil untuk “${PHRASE}” dalam berita sejak \\p{L}+ 201[5-7]$`, 'u'));
    const link = page.locator('#cari-hasil .search-result-title a');
    expect(await link.allTextContents()).toEqual([OLD_TITLE]);
    expect(await page.locator('.search-result-date time').textContent()).toBe('Rabu, 12 April 2017');
    await link.click();
    await page.waitForURL(new RegExp(`/berita/${OLD_SLUG}/`));
    await page.locator('.article-body mark').first().waitFor();
    expect((await page.locator('.article-body mark').allTextContents()).join(' ')).toContain(PHRASE);
    await context.close();
  });

  it("shows a search's first screen of results ahead of the rest of its page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/cari/`);
    // What the list holds at each change: its results, whether it is busy, whether "more" shows.
    await page.evaluate(() => {
      const list = document.querySelector('#cari-hasil')!;
      const more = document.querySelector<HTMLElement>('#cari-lagi')!;
      const seen: { results: string[]; busy: boolean; more: boolean }[] = [];
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() =>
        seen.push({
          results: [...list.querySelectorAll('.search-result-title a')].map((link) => link.textContent ?? ''),
          busy: list.getAttribute('aria-busy') === 'true',
          more: !more.hidden,
        }),
      ).observe(list, { childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    await page.locator('#cari-q').fill('pasukan');
    await page.locator('#cari-q').press('Enter');
    await expect.poll(() => page.locator('#cari-hasil > li').count(), { timeout: 60_000 }).toBe(10);
    await expect.poll(() => page.locator('#cari-hasil').getAttribute('aria-busy'), { timeout: 60_000 }).toBeNull();
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { results: string[]; busy: boolean; more: boolean }[] }).seen,
    );
    const counts = [...new Set(seen.map((state) => state.results.length))].filter((count) => count > 0);
    expect(counts).toEqual([3, 10]);
    const early = seen.find((state) => state.results.length === 3)!;
    // While the rest loads the list is busy and offers no "more"; then the first three stay first.
    expect(early).toMatchObject({ busy: true, more: false });
    expect(seen.at(-1)!.results.slice(0, 3)).toEqual(early.results);
    expect(await page.locator('#cari-lagi').textContent()).toBe('Tampilkan 10 hasil berikutnya');
    await context.close();
  });

  it('lists results newest first across shelves when asked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/cari/?q=pasukan&urut=terbaru`);
    const dates = page.locator('.search-result-date time');
    await expect.poll(() => dates.count(), { timeout: 60_000 }).toBe(10);
    const first = await dates.evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(first).toEqual([...first].sort().reverse());
    // The newest synthetic articles are from the last days of 2024 (WIB, so some on 1 January 2025).
    expect(first[0]! >= '2024-12-01').toBe(true);
    await context.close();
  });
});
