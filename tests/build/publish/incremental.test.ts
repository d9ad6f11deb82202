import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveContentDir, archiveSlug, writeArchiveArticle } from '#tests/support/archive-corpus.ts';
import { rebuildAfter, reusedPages, type BuildResult } from '#tests/support/build-site.ts';
import { photoArticle } from '#tests/support/photo.ts';
import { treeDifferences } from '#tests/support/tree-diff.ts';

/**
 * An incremental rebuild (Astro's experimental.incrementalBuild, with the cache a first
 * build left) after adding, editing and deleting articles, against a clean build of the
 * same content: the whole output, search index included, must be the same bytes.
 * 190 articles, two a day from 1 October 2024: October to early January, and one
 * with a lead photo in December.
 */
const COUNT = 190;
const PHOTO_ARTICLE = 'arsip-uji-foto';

let incremental: BuildResult;
let clean: BuildResult;
/** The pages the incremental build took from its cache instead of rendering. */
let restored: Set<string>;

beforeAll(async () => {
  const content = archiveContentDir(COUNT);
  const photo = await photoArticle(PHOTO_ARTICLE, {
    title: 'Berita arsip berfoto',
    pubDate: '2024-12-05T10:00:00+07:00',
    tags: ['Ekonomi'],
  });
  for (const [name, bytes] of Object.entries(photo)) writeFileSync(join(content, 'articles', name), bytes);
  ({ incremental, clean } = await rebuildAfter(content, () => {
    writeArchiveArticle(content, COUNT); // added: the newest, in January 2025
    writeArchiveArticle(content, 10, 'Judul yang diperbaiki'); // edited: in October
    rmSync(join(content, 'articles', `${archiveSlug(70)}.md`)); // deleted: in November
  }));
  restored = new Set(reusedPages(incremental.output));
}, 1_200_000); // three whole builds: on a busy 2-core machine, minutes each

describe('an incremental rebuild after adding, editing and deleting an article', () => {
  it('writes the same bytes as a clean build, every file', () => {
    expect(treeDifferences(incremental.outDir, clean.outDir)).toEqual([]);
  });

  it('copied the unchanged listing pages instead of rendering them', () => {
    // December holds none of the three changes: its archive pages are reused.
    expect(restored).toContain('/arsip/2024/12/index.html');
    // November's first pages list its newer articles, before the deleted one: unchanged.
    expect(restored).toContain('/arsip/2024/11/index.html');
  });

  it('copied the unchanged article pages, the one with a lead photo among them', () => {
    // Astro hashes a route's code, and its astro:assets module holds the output folder's
    // path: the build points Astro at a link whose path never changes (src/publish/astro-out-link.ts).
    expect(restored).toContain(`/berita/${archiveSlug(130)}/index.html`);
    expect(restored).toContain(`/berita/${PHOTO_ARTICLE}/index.html`);
  });

  it('rendered what changed', () => {
    for (const page of [
      // Pages hold 20, newest first: articles 21 to 2 are October's third page, 81 to 62 November's.
      '/arsip/2024/10/halaman/3/index.html',
      '/arsip/2024/11/halaman/3/index.html',
      `/berita/${archiveSlug(10)}/index.html`,
      `/berita/${archiveSlug(COUNT)}/index.html`,
      '/index.html',
    ]) {
      expect(restored, page).not.toContain(page);
    }
  });
});
