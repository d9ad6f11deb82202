import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveContentDir, archiveSlug, writeArchiveArticle } from '#tests/support/archive-corpus.ts';
import { linkTree } from '#src/files/link-tree.ts';
import { buildSite, built, type BuildResult } from '#tests/support/build-site.ts';
import { treeDifferences } from '#tests/support/tree-diff.ts';

/**
 * `npm run build` starts its staging folder with the pages Astro's cache holds from the
 * last build, hard-linked (src/publish/reuse-pages.ts), and with the live site's search
 * index linked beside them: after a rebuild, the live site, the cache and the staging
 * folder share those files. The build after that must leave the live site as it is while
 * it runs, so a page it renders again has to be a new file. Three builds of a small
 * generated archive into one output folder, as an operator runs them; before the third,
 * the live site is given second names (hard links, which would see any write into its
 * files) and copied; then a clean build of the final content.
 */
const COUNT = 30;
const EDITED = 5;
const DELETED = 12;
const UNCHANGED = 20;
const page = (outDir: string, index: number) => join(outDir, 'berita', archiveSlug(index), 'index.html');

/** An unchanged page's file (its inode) after the first, clean build, and in the cache. */
let firstBuilt: bigint;
let firstCached: bigint;
/** The live site's files under second names, and a copy of them, made before the third build. */
let liveLinked: string;
let liveBefore: string;
let rebuilt: BuildResult;
let clean: BuildResult;

beforeAll(async () => {
  const content = archiveContentDir(COUNT);
  const workDir = mkdtempSync(join(tmpdir(), 'warta-reuse-'));
  const buildAgain = () => built(buildSite(content, { workDir }));
  const first = buildAgain();
  firstBuilt = statSync(page(first.outDir, UNCHANGED), { bigint: true }).ino;
  firstCached = statSync(page(join(workDir, 'cache', 'dist'), UNCHANGED), { bigint: true }).ino;
  writeArchiveArticle(content, COUNT);
  const live = buildAgain();
  liveLinked = join(workDir, 'live-linked');
  await linkTree(live.outDir, liveLinked);
  liveBefore = join(workDir, 'live-before');
  cpSync(live.outDir, liveBefore, { recursive: true });
  writeArchiveArticle(content, COUNT + 1); // added
  writeArchiveArticle(content, EDITED, 'Judul yang diperbaiki'); // edited
  rmSync(join(content, 'articles', `${archiveSlug(DELETED)}.md`)); // deleted
  rebuilt = buildAgain();
  clean = built(buildSite(content));
}, 1_200_000); // four whole builds: on a busy 2-core machine, minutes each

describe('a rebuild that starts from the pages of the last one, linked', () => {
  it("made the cache's copy of each page it rendered the page itself", () => {
    expect(firstCached).toBe(firstBuilt);
  });

  it('reused the very file of the clean build before it, not a copy', () => {
    expect(statSync(page(liveLinked, UNCHANGED), { bigint: true }).ino).toBe(firstBuilt);
  });

  it('shares an unchanged page with the live site instead of copying it', () => {
    expect(statSync(page(rebuilt.outDir, UNCHANGED)).ino).toBe(statSync(page(liveLinked, UNCHANGED)).ino);
  });

  it('left the live site as it was, the edited article and the search index included', () => {
    expect(treeDifferences(liveLinked, liveBefore)).toEqual([]);
  });

  it('wrote the edited article as a new file', () => {
    expect(statSync(page(rebuilt.outDir, EDITED)).ino).not.toBe(statSync(page(liveLinked, EDITED)).ino);
    expect(readFileSync(page(rebuilt.outDir, EDITED), 'utf8')).toContain('Judul yang diperbaiki');
  });

  it("dropped the deleted article's page and its folder", () => {
    expect(existsSync(join(rebuilt.outDir, 'berita', archiveSlug(DELETED)))).toBe(false);
  });

  it('writes the same bytes as a clean build, every file', () => {
    expect(treeDifferences(rebuilt.outDir, clean.outDir)).toEqual([]);
  });
});
