import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveContentDir, archiveSlug } from '#tests/support/archive-corpus.ts';
import { astroEnv, buildSite, built, repoRoot, reusedPages, type BuildResult } from '#tests/support/build-site.ts';
import { filesOf, treeDifferences } from '#tests/support/tree-diff.ts';

/**
 * A sharded build as the CI matrix runs it (docs/scale.md), in separate processes: one
 * shard per year (2024: October to December; 2025: early January), their caches merged,
 * then the final build from the merged cache; against one clean build of the same
 * content. 190 generated articles, two a day from 1 October 2024; one of 2024's is
 * withdrawn (docs/newsroom.md): its notice belongs to no period, so only the final build
 * renders it.
 */
const WITHDRAWN = 100;
let shards: Record<string, BuildResult>;
let merge: SpawnSyncReturns<string>;
let final: BuildResult;
let clean: BuildResult;

beforeAll(() => {
  const content = archiveContentDir(190);
  const withdrawnFile = join(content, 'articles', `${archiveSlug(WITHDRAWN)}.md`);
  writeFileSync(
    withdrawnFile,
    readFileSync(withdrawnFile, 'utf8').replace(
      /^---\n/,
      '---\nwithdrawn:\n  date: "2024-12-01T10:00:00+07:00"\n  reason: "Menyangkut trauma korban."\n',
    ),
  );
  shards = {};
  for (const year of ['2024', '2025']) shards[year] = built(buildSite(content, { env: { WARTA_SHARD: year } }));
  const finalDir = mkdtempSync(join(tmpdir(), 'warta-final-'));
  const cacheOf = (build: BuildResult) => join(build.outDir, '..', 'cache');
  merge = spawnSync(
    process.execPath,
    [
      '--experimental-strip-types',
      join(repoRoot, 'scripts/merge-shards.ts'),
      join(finalDir, 'cache'),
      cacheOf(shards['2024']!),
      cacheOf(shards['2025']!),
    ],
    { encoding: 'utf8', env: astroEnv() },
  );
  expect(merge.status, merge.stderr).toBe(0);
  final = built(buildSite(content, { workDir: finalDir }));
  clean = built(buildSite(content));
}, 1_200_000); // four whole builds: on a busy 2-core machine, minutes each

describe('two shards built apart, merged, then the final build', () => {
  it('each shard rendered only its own year', () => {
    const articles = (build: BuildResult) => filesOf(build.outDir).filter((file) => file.startsWith('berita/'));
    // Articles 0–183 are dated in 2024 (two a day from 1 October), 184–189 in January 2025;
    // one of 2024's is withdrawn, and its notice is the final build's.
    expect(articles(shards['2024']!)).toHaveLength(183);
    expect(articles(shards['2025']!)).toHaveLength(6);
    expect(filesOf(shards['2025']!.outDir).filter((file) => file.startsWith('arsip/2024'))).toEqual([]);
  });

  it("copied the shards' archive pages instead of rendering them", () => {
    expect(reusedPages(final.output).filter((page) => /^\/arsip\/\d{4}\//.test(page)).length).toBeGreaterThan(0);
  });

  it("copied the shards' article pages too", () => {
    // Astro hashes each route's code, and its astro:assets module holds the output folder's
    // path: every build points Astro at the same link (src/publish/astro-out-link.ts), so the
    // shards' article route agrees with the final build's.
    expect(merge.stderr).not.toContain('built from other code');
    // All but the withdrawn report's notice, which no shard rendered.
    expect(reusedPages(final.output).filter((page) => page.startsWith('/berita/'))).toHaveLength(189);
    const notice = readFileSync(join(final.outDir, 'berita', archiveSlug(WITHDRAWN), 'index.html'), 'utf8');
    expect(notice).toContain('Berita ini telah dicabut');
  });

  it('writes the same bytes as one clean build, every file', () => {
    expect(treeDifferences(final.outDir, clean.outDir)).toEqual([]);
  });
});
