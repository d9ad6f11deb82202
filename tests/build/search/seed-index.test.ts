/**
 * The search index of the real content, built by `astro build` and queried from Node
 * with the bundle's own pagefind.js (src/search/query/node-search.ts), as the browser does.
 * Expected words are checked by hand against content/sources/000_872a19423decc652.txt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex, type NodeSearch } from '#src/search/query/node-search.ts';
import { buildSite, repoRoot, type BuildResult } from '#tests/support/build-site.ts';
import { parseHtml, select, textOf } from '#tests/support/html.ts';
import { seedParagraphs, seedRawText, seedSlug } from '#tests/support/seed.ts';

let build: BuildResult;
let index: NodeSearch;
const seedUrl = `/berita/${seedSlug}/`;

beforeAll(async () => {
  build = buildSite(join(repoRoot, 'content'));
  expect(build.status, build.output).toBe(0);
  index = await openIndex(build.outDir);
});

async function only(query: string) {
  const hits = await index.search(query);
  expect(
    hits.map((hit) => hit.url),
    query,
  ).toEqual([seedUrl]);
  return hits[0]!;
}

describe('the build writes the index', () => {
  it('into <out>/pagefind/, never into public/', () => {
    expect(existsSync(join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(repoRoot, 'public/pagefind'))).toBe(false);
    expect(build.output).toMatch(/indexed 1 article\(s\) in Indonesian/);
  });

  it('as exactly one Indonesian index, on one shelf listed in rak.json', () => {
    const manifest = JSON.parse(readFileSync(join(build.outDir, 'pagefind/rak.json'), 'utf8'));
    expect(manifest.shelves).toEqual([
      {
        id: 'rak-1',
        pages: 1,
        oldest: '2024-11-08',
        newest: '2024-11-08',
        meta: expect.stringMatching(/^pagefind\.id_[0-9a-f]+\.pf_meta$/),
      },
    ]);
    const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind/rak-1/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['id']);
    expect(entry.languages.id.page_count).toBe(1);
    expect(existsSync(join(build.outDir, 'pagefind/rak-1', manifest.shelves[0].meta))).toBe(true);
  });
});

describe('Indonesian stemming finds the seed', () => {
  // The source has "turut bertempur", "dalam pertempuran", "telah bertempur", "medan pertempuran".
  it.each(['tempur', 'bertempur', 'pertempuran'])('"%s" matches bertempur and pertempuran', async (query) => {
    const hit = await only(query);
    expect(new Set(hit.matches)).toEqual(new Set(['bertempur', 'pertempuran']));
  });

  it.each([
    // "para legislator Rusia menyetujui ratifikasi"
    ['setuju', ['menyetujui']],
    // "meningkatkan serangan", "melancarkan serangan balasan", "salah satu diserang"
    ['serang', ['serangan', 'diserang']],
    // "bantuan internasional", "memberi bantuan militer"
    ['bantu', ['bantuan']],
  ])('"%s" matches %j', async (query, words) => {
    const hit = await only(query);
    expect(new Set(hit.matches)).toEqual(new Set(words));
    expect(hit.excerpt).toMatch(new RegExp(words[0]!));
  });
});

describe('names find the seed', () => {
  it.each([
    ['Peskov', ['Peskov']],
    ['Kursk', ['Kursk']],
    ['Pyongyang', ['Pyongyang']],
    ['korea utara', ['Korea', 'Utara']],
  ])('%s', async (query, words) => {
    const hit = await only(query);
    expect(new Set(hit.matches)).toEqual(new Set(words));
    expect(hit.excerptSegments.filter((run) => run.marked).map((run) => run.text)).toContain(words.join(' '));
    expect(new URL(hit.highlightUrl, 'https://x.test').searchParams.getAll('highlight')).toEqual([words.join(' ')]);
  });
});

describe('name variants from the frontmatter', () => {
  const variants = ['Zelenskyy', 'Zelenskiy', 'Kiev', 'Moscow', 'Korut'];

  it.each(variants)('"%s" finds the seed', async (variant) => {
    const hit = await only(variant);
    // Found through metadata, not text: nothing to mark, and the excerpt never shows it.
    expect(hit.matches).toEqual([]);
    expect(hit.excerpt).not.toMatch(new RegExp(variant, 'i'));
  });

  it('are not text of the page', () => {
    const article = select(
      'article',
      parseHtml(readFileSync(join(build.outDir, 'berita', seedSlug, 'index.html'), 'utf8')),
    )!;
    const text = textOf(article);
    for (const variant of ['Zelenskiy', 'Kiev', 'Moscow', 'Korut']) expect(text).not.toContain(variant);
    // "Zelenskyy" is shown only in a Baca Juga line, which is not indexed (see below).
    expect(text.match(/Zelenskyy/g)).toHaveLength(1);
    expect(textOf(select('aside.baca-juga:last-of-type', article)!)).toContain('Zelenskyy');
  });
});

describe('what is not article text finds nothing', () => {
  const bodyText = seedParagraphs
    .filter((line) => !/^baca juga/i.test(line))
    .join('\n')
    .toLowerCase();

  it.each([
    ['xyzzy', 'in no article'],
    ['ringan', 'only in the site footer'],
    ['konten', 'only in the skip link'],
    ['Jumat', 'only in the byline date ("Jumat, 8 November 2024")'],
    ['November', 'only in the byline date'],
    ['Sumber', 'only in the source credit'],
    ['ditemukan', 'only on the 404 page'],
    ['kunci', 'only on the /cari/ page ("Kata kunci")'],
  ])('"%s" (%s)', async (query) => {
    expect(seedRawText.toLowerCase()).not.toContain(query.toLowerCase());
    expect(await index.search(query)).toEqual([]);
  });

  it.each(['Trump', 'rudal', 'balistik'])('"%s" (only in a Baca Juga line)', async (query) => {
    expect(seedRawText).toContain(query.replace(/^./, (c) => c.toUpperCase()));
    expect(bodyText).not.toContain(query.toLowerCase());
    expect(await index.search(query)).toEqual([]);
  });
});

describe('results', () => {
  it('carry the URL, the title, the date and an excerpt', async () => {
    const hit = await only('Peskov');
    expect(hit.title).toBe('Rusia Menolak Konfirmasi Pasukan Korea Utara Turut Bertempur Melawan Ukraina');
    expect(hit.date).toBe('2024-11-08T00:00:00+07:00');
    expect(hit.excerpt).toContain('juru bicara Dmitry Peskov');
    expect(hit.highlightUrl).toBe(`${seedUrl}?highlight=Peskov`);
  });

  it('never repeat the headline in the excerpt', async () => {
    // The headline is metadata (searched, boosted), not text: a metadata-only match
    // starts the excerpt at the dek.
    expect((await only('Korut')).excerpt).toMatch(/^Kremlin tetap bungkam/);
  });

  it('every article carries the date sort key and the filters', async () => {
    expect(await index.count(null, { sort: 'newest' })).toBe(await index.count(null));
    expect(await index.filters()).toEqual({
      kategori: { internasional: 1 },
      topik: { 'korea-utara': 1, rusia: 1, ukraina: 1 },
    });
  });
});

describe('npm run search', () => {
  function runCli(args: string[], outDir: string) {
    return spawnSync('npm', ['run', '--silent', 'search', '--', ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, WARTA_OUT_DIR: outDir },
    });
  }

  it('prints the results as JSON', () => {
    const result = runCli(['setuju'], build.outDir);
    expect(result.status, result.stderr).toBe(0);
    const hits = JSON.parse(result.stdout);
    expect(hits).toEqual([
      {
        url: seedUrl,
        title: 'Rusia Menolak Konfirmasi Pasukan Korea Utara Turut Bertempur Melawan Ukraina',
        date: '2024-11-08T00:00:00+07:00',
        excerpt: expect.stringContaining('para legislator Rusia menyetujui ratifikasi'),
        matches: ['menyetujui'],
      },
    ]);
  });

  it('prints [] when nothing matches', () => {
    const result = runCli(['xyzzy'], build.outDir);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('fails clearly without an index', () => {
    const result = runCli(['tempur'], join(build.outDir, 'tidak-ada'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/No search index at .*tidak-ada\/pagefind: run "npm run build" first/);
  });
});
