/**
 * The index step reuses the shelves of a previous output whose articles did not change,
 * and the result is byte for byte what indexing everything gives: a generated archive,
 * built, then an article added, one edited and one deleted, each time indexed both ways.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type SyntheticArticle } from '#bench/corpus.ts';
import { buildSearchIndex } from '#src/search/index/build-index.ts';
import { openIndex } from '#src/search/query/node-search.ts';
import { buildSite } from '#tests/support/build-site.ts';
import { seedRawText } from '#tests/support/seed.ts';

/** Small shelves, so a dozen articles make several. */
const PER_SHELF = 4;

/** Every file below `dir` with a digest of its bytes. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** Builds the site of `articles`, indexes it reusing `previous`, and indexes a copy from scratch. */
async function buildBothWays(articles: SyntheticArticle[], previous: string | undefined) {
  const content = mkdtempSync(join(tmpdir(), 'warta-incremental-'));
  writeCorpus(articles, content);
  const build = buildSite(content);
  expect(build.status, build.output).toBe(0);
  const clean = mkdtempSync(join(tmpdir(), 'warta-incremental-clean-'));
  cpSync(build.outDir, clean, { recursive: true });
  const full = await buildSearchIndex(clean, { perShelf: PER_SHELF });
  const incremental = await buildSearchIndex(build.outDir, { perShelf: PER_SHELF, ...(previous ? { previous } : {}) });
  expect(tree(join(build.outDir, 'pagefind'))).toEqual(tree(join(clean, 'pagefind')));
  rmSync(clean, { recursive: true, force: true });
  return { outDir: build.outDir, full, incremental };
}

describe('indexing only what changed', { timeout: 600_000 }, () => {
  const archive = generateCorpus(seedRawText, 12);

  it('reuses unchanged shelves after an article is added, edited or deleted, with output identical to a full index', async () => {
    const first = await buildBothWays(archive, undefined);
    expect(first.full).toMatchObject({ pages: 12, shelves: 3, indexed: 3 });

    // A new article, newer than all: only a new shelf is indexed.
    const added: SyntheticArticle = {
      ...archive[0]!,
      slug: 'sintetis-baru',
      title: '[Sintetis] Artikel terbaru tentang jembatan apung',
      pubDate: '2025-03-01T09:00:00+07:00',
      paragraphs: ['Warga desa meresmikan jembatan apung baru di tepi danau pada pagi hari.'],
    };
    const withNew = [...archive, added];
    const second = await buildBothWays(withNew, first.outDir);
    expect(second.incremental).toMatchObject({ pages: 13, shelves: 4, indexed: 1 });
    const found = await (await openIndex(second.outDir)).search('jembatan apung');
    expect(found.map((hit) => hit.url)).toEqual(['/berita/sintetis-baru/']);

    // An edit of the oldest article: only its shelf. Then, indexed again in place (previous = the same folder), nothing.
    const oldest = withNew.reduce((a, b) => (Date.parse(a.pubDate) < Date.parse(b.pubDate) ? a : b));
    const edited = withNew.map((a) =>
      a === oldest ? { ...a, paragraphs: [...a.paragraphs, 'Paragraf tambahan tentang kincir angin.'] } : a,
    );
    const third = await buildBothWays(edited, second.outDir);
    expect(third.incremental).toMatchObject({ pages: 13, shelves: 4, indexed: 1 });
    const inPlace = await buildSearchIndex(third.outDir, { perShelf: PER_SHELF, previous: third.outDir });
    expect(inPlace).toMatchObject({ shelves: 4, indexed: 0 });
    expect((await (await openIndex(third.outDir)).search('kincir angin')).map((hit) => hit.url)).toEqual([
      `/berita/${oldest.slug}/`,
    ]);

    // A deletion from the middle moves the later articles up a shelf: those shelves are indexed again.
    const middle = [...edited].sort((a, b) => Date.parse(a.pubDate) - Date.parse(b.pubDate))[5]!;
    const fourth = await buildBothWays(
      edited.filter((a) => a !== middle),
      third.outDir,
    );
    expect(fourth.incremental).toMatchObject({ pages: 12, shelves: 3, indexed: 2 });
  });
});
