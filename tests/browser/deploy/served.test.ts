import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themeColors } from '#src/layouts/theme.ts';
import { launchBrowser } from '#tests/support/browser.ts';
import { crawl, type CrawlResult } from '#tests/support/crawl.ts';
import { pagesToCheck } from '#tests/support/pages.ts';
import { basePaths, servedSite, siteOrigin } from '#tests/support/served-site.ts';

/**
 * The site as a reader gets it: the deploy corpus (the real seed article, one with every
 * field and a lead photo, a draft) built for / and for /warta/, served by one real nginx
 * with the production headers (the browser project's served site), read by Debian's Chromium.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const schemes = ['light', 'dark'] as const;

const site = servedSite();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(basePaths)('links under %s', (basePath) => {
  let result: CrawlResult;
  const pathOf = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    const start = ['', 'robots.txt', 'rss.xml', 'sitemap-index.xml', 'manifest.webmanifest', 'tidak-ada/'].map(
      (path) => basePath + path,
    );
    result = await crawl(site.origin, siteOrigin, start);
  });

  it('every internal link, asset, canonical, feed, sitemap and manifest URL answers 200, without a redirect', () => {
    const broken = [...result.visits.values()]
      .filter((visit) => visit.status !== 200)
      .filter((visit) => !(visit.status === 404 && pathOf(visit.url) === `${basePath}tidak-ada/`))
      .map(
        (visit) =>
          `${visit.status} ${visit.url}${visit.location ? ` → ${visit.location}` : ''} (from ${visit.from.join(', ')})`,
      );
    expect(broken).toEqual([]);
    expect(result.visits.size).toBeGreaterThan(10);
  });

  it('stays under the base path', () => {
    for (const url of result.visits.keys()) expect(pathOf(url), url).toMatch(new RegExp(`^${basePath}`));
  });

  it('reaches every page of the build, so none is an orphan the sitemap or a link misses', () => {
    const dir = site.outDirs[basePath];
    // A withdrawn report's notice is linked from nowhere on purpose: its URL answers those who had it.
    const withdrawn = new Set<string>(JSON.parse(readFileSync(join(dir, 'changes.json'), 'utf8')).withdrawn);
    expect(withdrawn.size).toBeGreaterThan(0);
    const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => basePath + file.replace(/index\.html$/, ''))
      .filter((page) => !withdrawn.has(page));
    const reached = new Set([...result.visits.keys()].map(pathOf));
    expect(pages.filter((page) => !reached.has(page))).toEqual([]);
  });

  it('finds every same-page fragment it links to', () => {
    const missing = [...result.visits.values()].flatMap((visit) =>
      visit.missingFragments.map((id) => `#${id} on ${visit.url}`),
    );
    expect(missing).toEqual([]);
  });
});

/** What the browser reported for one page load. */
interface Report {
  problems: string[];
  status: number | undefined;
}

/** A browser context whose pages report what went wrong while they loaded. */
interface WatchedContext {
  context: BrowserContext;
  /** Opens a page, waits until it is ready and the network is idle, and reports. */
  open(url: string, options?: { ready?: string; expectedStatus?: number }): Promise<Report & { page: Page }>;
}

/** A context whose pages report console errors and warnings, page errors, failed loads and CSP violations. */
async function watchedContext(colorScheme: (typeof schemes)[number]): Promise<WatchedContext> {
  const context = await browser.newContext({ colorScheme });
  const reports = new Map<Page, string[]>();
  // Runs in the page before any of its own code; this is the test's instrument, not the
  // site's: the site itself has no inline script, and its CSP does not see this one.
  await context.exposeBinding('reportCspViolation', ({ page }, text: string) =>
    reports.get(page)?.push(`CSP violation: ${text}`),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return {
    context,
    async open(url, { ready, expectedStatus = 200 } = {}) {
      const page = await context.newPage();
      const problems: string[] = [];
      reports.set(page, problems);
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        // Chromium logs a page served with status 404 (or a notice's 410) as a failed load
        // of the document itself; on such a page that status is the point. Only that one
        // line is let pass.
        const isOwnStatus =
          expectedStatus !== 200 &&
          message.location().url === url &&
          message.text().includes(`status of ${expectedStatus} `);
        if (!isOwnStatus) problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        const isPage = response.request().isNavigationRequest() && response.frame() === page.mainFrame();
        if (!isPage && response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
      });
      const response = await page.goto(url, { waitUntil: 'load' });
      if (ready) await page.waitForSelector(ready);
      await page.waitForLoadState('networkidle');
      return { page, problems, status: response?.status() };
    },
  };
}

describe.each(schemes)('in the %s colour scheme', (scheme) => {
  let watched: WatchedContext;

  beforeAll(async () => {
    watched = await watchedContext(scheme);
  });

  afterAll(async () => {
    await watched?.context.close();
  });

  it('the watch sees a CSP violation when there is one (the check can fail)', async () => {
    const { page, problems } = await watched.open(`${site.origin}/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
    });
    await expect.poll(() => problems.join('\n')).toMatch(/CSP violation: script-src(-elem)? blocked inline/);
    expect(await page.title()).not.toBe('injected');
    await page.close();
  });

  describe.each(basePaths)('under %s', (basePath) => {
    it.each(pagesToCheck)(
      '$name: no console error, no failed load, no CSP violation, both policies in force',
      async ({ path, status = 200, ready }) => {
        const {
          page,
          problems,
          status: got,
        } = await watched.open(site.origin + basePath + path, { ready, expectedStatus: status });
        expect(got).toBe(status);
        expect(problems).toEqual([]);
        // The header policy (with frame-ancestors) and the <meta> one both apply.
        const headers = (await page.request.get(site.origin + basePath + path)).headers();
        expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
        // The scheme really is the one asked for: the page background follows it.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const hex = themeColors[scheme]
          .slice(1)
          .match(/../g)!
          .map((pair) => parseInt(pair, 16));
        expect(background).toBe(`rgb(${hex.join(', ')})`);
        await page.close();
      },
    );

    it.each(pagesToCheck)('$name: fits a 320 px screen without sideways scrolling', async ({ path, ready }) => {
      const page = await watched.context.newPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(site.origin + basePath + path, { waitUntil: 'load' });
      if (ready) await page.waitForSelector(ready);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.close();
    });

    it.each(pagesToCheck)('$name: axe-core finds no WCAG 2.2 AA violation', async ({ path, ready }) => {
      const page = await watched.context.newPage();
      await page.goto(site.origin + basePath + path, { waitUntil: 'load' });
      if (ready) await page.waitForSelector(ready);
      // @axe-core/playwright runs axe through the DevTools protocol, which the page's CSP
      // does not govern: the policy stays in force.
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const found = violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
      }));
      expect(found).toEqual([]);
      await page.close();
    });
  });
});
