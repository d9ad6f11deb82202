/**
 * The second step of `npm run build`: indexes the site `astro build` just wrote with
 * Pagefind, into <out>/pagefind/ (one bundle per shelf, src/search/index/).
 *
 *   node --experimental-strip-types scripts/index-search.ts [--out <folder>] [--previous <folder>] [--when-told]
 *
 * --out is the built site to index (default WARTA_OUT_DIR, else dist/). --previous is the
 * output of an earlier build (it may be the same folder): shelves whose articles did not
 * change are copied from it instead of indexed again, and the result is the same, byte for
 * byte, as indexing everything. A --previous folder inside --out is used up: npm run build
 * links the live site's index there while Astro runs, and it is removed once read.
 * --when-told: load, then wait for a line "go" on standard input before indexing; if the
 * input ends without it, exit 0 having done nothing. npm run build starts this step with
 * Astro's, so that loading it (0.4 s) is not part of the build's time.
 *
 * It runs in its own process, after Astro's has exited, rather than in an
 * astro:build:done hook: at 10,000 articles Astro's process still holds 1.3 GB when the
 * pages are written and Pagefind's indexer takes 1.9 GB, so in one build the two would
 * add up to over 3 GB; one after the other, the build never needs more than either.
 * Exit status 1, with the reason, if the index cannot be built or is wrong; 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { indexBuiltSite } from '#src/search/index/build-index.ts';
import { loadSiteConfig } from '#src/site.config.ts';

let values: { out?: string; previous?: string; 'when-told'?: boolean };
try {
  ({ values } = parseArgs({
    options: { out: { type: 'string' }, previous: { type: 'string' }, 'when-told': { type: 'boolean' } },
  }));
} catch (error) {
  console.error(
    `[search] ${(error as Error).message}\nusage: scripts/index-search.ts [--out <folder>] [--previous <folder>] [--when-told]`,
  );
  process.exit(2);
}
const config = loadSiteConfig();
const outDir = resolve(values.out ?? config.outDir);
// What this step read from the article pages, for the next build: in Astro's cacheDir,
// which Astro resolves against the project root (build-index.ts).
const pageRecord = resolve(import.meta.dirname, '..', config.cacheDir, 'warta-search-pages.json');
const previous = values.previous === undefined ? undefined : resolve(values.previous);
if (values['when-told'] && !(await toldToGo())) process.exit(0);
if (previous !== undefined && !existsSync(previous)) {
  console.error(`[search] --previous ${previous}: no such folder`);
  process.exit(2);
}
try {
  const { pages, bundleDir, shelves, indexed, ms } = await indexBuiltSite(
    outDir,
    previous === undefined ? { pageRecord } : { previous, pageRecord },
  );
  // npm run bench reads the time from this line.
  console.log(
    `[search] indexed ${pages} article(s) in Indonesian into ${bundleDir} in ${ms} ms (${shelves} shelves, ${indexed} indexed, ${shelves - indexed} reused)`,
  );
} catch (error) {
  console.error(`[search] ${(error as Error).message}`);
  process.exit(1);
}

/** Whether standard input's first line is "go" (false if it ends first). */
async function toldToGo(): Promise<boolean> {
  for await (const line of createInterface({ input: process.stdin })) return line === 'go';
  return false;
}
