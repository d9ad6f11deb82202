/**
 * Merges the Astro caches of shard builds (WARTA_SHARD=<year>, one CI job each) into one
 * cache, for the final `npm run build` that restores every shard's pages instead of
 * rendering them (docs/scale.md):
 *
 *   node --experimental-strip-types scripts/merge-shards.ts <merged cache> <shard cache>...
 *
 * Each shard cache is the WARTA_CACHE_DIR its build used. The merged cache gets every
 * shard's page copies (dist/), one incremental-build.json listing them all, and the first
 * shard's content data store (a cache keyed by file digests: the final build re-checks it).
 * The merged folder is written beside its place and moved there whole, so a failed merge
 * leaves nothing; it must not exist yet. Exit status 1 with the reason on any conflict.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DATA_STORE_FILE, INCREMENTAL_MANIFEST_FILE, INCREMENTAL_PAGES_DIR } from '#src/publish/astro-internals.ts';
import { mergeIncrementalManifests, type IncrementalManifest } from '#src/publish/merge-incremental-manifests.ts';

function mergeShards(target: string, shards: string[]): void {
  if (existsSync(target)) throw new Error(`${target} already exists: merge into a new folder`);
  const manifests = shards.map((shard) => {
    const file = join(shard, INCREMENTAL_MANIFEST_FILE);
    if (!existsSync(file))
      throw new Error(`${file}: missing; was this shard built with experimental.incrementalBuild?`);
    return { name: shard, manifest: JSON.parse(readFileSync(file, 'utf8')) as IncrementalManifest };
  });
  const merged = mergeIncrementalManifests(manifests, (route, shard) =>
    console.warn(
      `[shards] ${shard}: ${route} was built from other code than in the shards before it; the final build renders its pages`,
    ),
  );
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  try {
    for (const shard of shards) {
      const pages = join(shard, INCREMENTAL_PAGES_DIR);
      if (!existsSync(pages)) continue;
      for (const entry of readdirSync(pages, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const from = join(entry.parentPath, entry.name);
        const to = join(staging, INCREMENTAL_PAGES_DIR, from.slice(pages.length + 1));
        if (!existsSync(to)) {
          mkdirSync(dirname(to), { recursive: true });
          cpSync(from, to);
        } else if (!readFileSync(from).equals(readFileSync(to))) {
          throw new Error(`${from}: another shard has different bytes for this page`);
        }
      }
    }
    if (existsSync(join(shards[0]!, DATA_STORE_FILE)))
      cpSync(join(shards[0]!, DATA_STORE_FILE), join(staging, DATA_STORE_FILE));
    writeFileSync(join(staging, INCREMENTAL_MANIFEST_FILE), JSON.stringify(merged, null, '\t'));
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

const [target, ...shards] = process.argv.slice(2);
if (!target || shards.length === 0) {
  console.error('usage: merge-shards.ts <merged cache> <shard cache>...');
  process.exit(2);
}
try {
  mergeShards(
    resolve(target),
    shards.map((shard) => resolve(shard)),
  );
  console.log(`[shards] merged ${shards.length} shard cache(s) into ${resolve(target)}`);
} catch (error) {
  console.error(`[shards] ${(error as Error).message}`);
  process.exit(1);
}
