/**
 * The second step of `npm run build`: indexes the site `astro build` just wrote to
 * WARTA_OUT_DIR (default dist/) with Pagefind, into <out>/pagefind/.
 *
 * It runs in its own process, after Astro's has exited, rather than in an
 * astro:build:done hook: at 10,000 articles Astro's process still holds 1.3 GB when the
 * pages are written and Pagefind's indexer takes 1.9 GB, so in one build the two would
 * add up to over 3 GB; one after the other, the build never needs more than either.
 * Exit status 1, with the reason, if the index cannot be built or is wrong.
 */
import { resolve } from 'node:path';
import { indexBuiltSite } from '../src/search/build-index.ts';
import { loadSiteConfig } from '../src/site.config.ts';

const outDir = resolve(loadSiteConfig().outDir);
try {
  const { pages, bundleDir, ms } = await indexBuiltSite(outDir);
  // npm run bench reads the time from this line.
  console.log(`[search] indexed ${pages} article(s) in Indonesian into ${bundleDir} in ${ms} ms`);
} catch (error) {
  console.error(`[search] ${(error as Error).message}`);
  process.exit(1);
}
