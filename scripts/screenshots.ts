/**
 * npm run screenshots [-- --out DIR]
 * Serves the built site (WARTA_OUT_DIR, default dist/) with nginx and takes full-page
 * Chromium screenshots of the home, article (one with a lead photo, if any has), section,
 * topic, archive, search and 404 pages at 375 px and 1280 px, light and dark, into DIR (default
 * screenshots/): for looking at what we build.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '#tests/support/browser.ts';
import { startNginx } from '#tests/support/nginx.ts';
import { loadSiteConfig } from '#src/site.config.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' } } });
const config = loadSiteConfig();
const outDir = resolve(values.out);
const siteDir = resolve(config.outDir);
const articles = readdirSync(join(siteDir, 'berita'));
const withPhoto = articles.find((slug) =>
  readFileSync(join(siteDir, 'berita', slug, 'index.html'), 'utf8').includes('class="lead-image"'),
);
const article = withPhoto ?? articles[0];
const year = readdirSync(join(siteDir, 'arsip')).find((name) => /^\d{4}$/.test(name)) ?? '';
const pages = {
  beranda: '',
  artikel: `berita/${article}/`,
  rubrik: `kategori/${readdirSync(join(siteDir, 'kategori'))[0]}/`,
  topik: `topik/${readdirSync(join(siteDir, 'topik'))[0]}/`,
  arsip: 'arsip/',
  'arsip-bulan': `arsip/${year}/${readdirSync(join(siteDir, 'arsip', year))[0]}/`,
  cari: 'cari/?q=tempur',
  '404': 'tidak-ada/',
};
mkdirSync(outDir, { recursive: true });
const server = await startNginx([{ dir: siteDir, basePath: config.basePath }]);
const browser = await launchBrowser();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${server.origin}${config.basePath}${path}`, { waitUntil: 'networkidle' });
        const file = join(outDir, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
