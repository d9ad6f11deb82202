// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { markdownConfig } from '#src/markdown/pipeline.ts';
import { site } from '#src/site.config.ts';
import { wartaSearch } from '#src/search/index/integration.ts';
import { outputFolderGuard } from '#src/astro-patches/output-guard.ts';
import { dataStoreReadAtRender } from '#src/astro-patches/data-store-module.ts';
import { isLegacyListingPath } from '#src/listings/routes.ts';
import { sitemapWithoutWithdrawn } from '#src/articles/sitemap-withdrawn.ts';

const withdrawnPages = sitemapWithoutWithdrawn();

export default defineConfig({
  site: site.url,
  base: site.basePath,
  outDir: site.outDir,
  // Tests and benchmarks build several corpora at once; each needs its own cache.
  cacheDir: site.cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // A strict CSP allows no inline <style>: always ship CSS as files.
    inlineStylesheets: 'never',
    // Pages are written while others render: 2,000 articles render in 2.2 s instead of
    // 4.4 s (4: 2.5 s), measured on this 2-core machine.
    concurrency: 16,
  },
  // Nothing inline: scripts and assets are always files the CSP can allow by origin.
  // The search worker is a module (it imports Pagefind's script at run time).
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false }, worker: { format: 'es' } },
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // AVIF at sharp's default effort 4 took 28 s for one 1080-wide lead photo on this
      // machine; effort 2 took 2.8 s for a file 2% smaller. mozjpeg shrinks the JPEG
      // fallback and the 1200-wide share rendition.
      config: { avif: { effort: 2 }, jpeg: { mozjpeg: true } },
    },
  },
  markdown: markdownConfig,
  integrations: [
    // `astro build` on its own never empties a folder `npm run build` would refuse.
    outputFolderGuard(site.contentDir),
    // The prerendering bundle reads the content store from its file, not inline.
    dataStoreReadAtRender(),
    // Every page URL (they all end in "/"); the 404 page is left out by the integration,
    // and rss.xml, robots.txt and the manifest are files, not pages. The old paginated
    // URLs are redirect pages, not content; a withdrawn report's notice is not content either.
    withdrawnPages.integration,
    sitemap({
      filter: (url) =>
        url.endsWith('/') &&
        !isLegacyListingPath(new URL(url).pathname.slice(site.basePath.length)) &&
        withdrawnPages.isListed(url),
    }),
    // Pagefind indexes the built articles into <outDir>/pagefind/ (never public/).
    wartaSearch(),
  ],
  devToolbar: { enabled: false },
  experimental: {
    // Pages whose getStaticPaths entry has an unchanged cacheKey (articles: their file's
    // digest; listings: the digests of what they list) are copied from the last build's
    // copy in cacheDir, not rendered again. See docs/scale.md.
    incrementalBuild: true,
  },
});
