/**
 * Measures what a first search costs with each search UI Pagefind offers us, to choose
 * between them (docs/search.md). Builds the real content, adds a throwaway page
 * with Pagefind's Component UI next to our /cari/ (same header, CSS and CSP), serves the
 * build with nginx (gzip on) and, in a fresh Chromium context for each, opens the page,
 * types "tempur", waits for the result and sums the bytes transferred, then runs axe.
 *
 *   npx node --experimental-strip-types bench/measure-search-ui.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '#tests/support/browser.ts';
import { buildSite, repoRoot } from '#tests/support/build-site.ts';
import { startNginx } from '#tests/support/nginx.ts';
import { recordTransfers } from '#tests/support/transfer.ts';

const build = buildSite(join(repoRoot, 'content'));
if (build.status !== 0) throw new Error(build.output);

// The Component UI page: our /cari/ with its search UI swapped for Pagefind's components.
const ours = readFileSync(join(build.outDir, 'cari/index.html'), 'utf8');
const component = ours
  .replace(
    /<div class="search-page">[\s\S]*<\/main>/,
    `<div class="search-page"><h1>Cari berita</h1>
<pagefind-config bundle-path="/pagefind/" base-url="/" highlight-param="highlight"></pagefind-config>
<pagefind-input></pagefind-input>
<pagefind-filter-dropdown filter="topik"></pagefind-filter-dropdown>
<pagefind-summary></pagefind-summary>
<pagefind-results></pagefind-results>
</div></main>`,
  )
  .replace(
    '</head>',
    '<link rel="stylesheet" href="/pagefind/pagefind-component-ui.css"><script type="module" src="/pagefind/pagefind-component-ui.js"></script></head>',
  );
mkdirSync(join(build.outDir, 'komponen'));
writeFileSync(join(build.outDir, 'komponen/index.html'), component);

function kind(url: string): string {
  const path = new URL(url).pathname;
  if (/\/pagefind\/wasm\./.test(path)) return 'wasm';
  if (/\/pagefind\/pagefind(-worker)?\.js$/.test(path)) return 'pagefind js';
  if (/\/pagefind\/pagefind-component-ui\./.test(path)) return 'component ui';
  if (/\/pagefind\//.test(path)) return 'index';
  if (path.endsWith('.js')) return 'our js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.svg')) return 'icon';
  return 'html';
}

async function measure(browser: Browser, origin: string, path: string, input: string) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const log = recordTransfers(context);
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(`${origin}${path}`);
  await page.locator(input).first().fill('tempur');
  await page.locator(input).first().press('Enter');
  await page.locator('mark').first().waitFor();
  await page.waitForLoadState('networkidle');
  const { bytes: total } = await log.total();
  const transfers = await log.transfers();
  const byKind: Record<string, number> = {};
  for (const { url, bytes } of transfers) byKind[kind(url)] = (byKind[kind(url)] ?? 0) + bytes;
  const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  await context.close();
  return {
    path,
    total,
    requests: transfers.map((t) => `${t.bytes} ${new URL(t.url).pathname}`),
    byKind,
    violations,
    cspViolations: cspViolations.length,
  };
}

const server = await startNginx([{ dir: build.outDir, basePath: '/' }]);
const browser = await launchBrowser();
try {
  for (const [path, input] of [
    ['/cari/', '#cari-q'],
    ['/komponen/', 'pagefind-input input'],
  ] as const) {
    console.log(JSON.stringify(await measure(browser, server.origin, path, input), null, 2));
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dirname(build.outDir), { recursive: true, force: true });
}
