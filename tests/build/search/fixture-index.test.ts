/**
 * Filters and date sort on a small corpus built for it: five dated articles across two
 * categories and four topics (one topic written in two cases), a draft, and the seed
 * without its name variants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex, type NodeSearch } from '#src/search/query/node-search.ts';
import { articleMarkdown } from '#tests/support/article-fixture.ts';
import { buildSite, makeContentDir, type BuildResult } from '#tests/support/build-site.ts';
import { parseHtml, selectAll, textOf } from '#tests/support/html.ts';
import { seedMarkdown } from '#tests/support/seed.ts';

const articles: Record<string, string> = {
  'harga-beras.md': articleMarkdown({
    title: 'Harga beras naik',
    pubDate: '2025-01-10T08:00:00+07:00',
    category: 'Ekonomi',
    tags: ['Pangan', 'Harga'],
    body: 'Harga beras di pasar naik lagi pekan ini.',
  }),
  'panen-beras.md': articleMarkdown({
    title: 'Petani panen raya',
    pubDate: '2025-03-05T08:00:00+07:00',
    category: 'Nasional',
    tags: ['Pangan'],
    body: 'Petani di Karawang memanen beras lebih awal.',
  }),
  'impor-beras.md': articleMarkdown({
    title: 'Impor dibuka',
    pubDate: '2025-02-20T08:00:00+07:00',
    category: 'Ekonomi',
    tags: ['Perdagangan', 'pangan'],
    body: 'Pemerintah membuka impor beras untuk menjaga stok.',
  }),
  // Just after midnight WIB, still 30 January in UTC: its date must keep the WIB day.
  'banjir.md': articleMarkdown({
    title: 'Banjir di Jakarta',
    pubDate: '2025-01-31T00:01:00+07:00',
    category: 'Nasional',
    tags: ['Cuaca'],
    body: 'Hujan deras merendam beras warga di gudang.',
  }),
  'rahasia.md': articleMarkdown({
    title: 'Beras rahasia',
    pubDate: '2025-04-01T08:00:00+07:00',
    tags: ['Pangan'],
    body: 'Draf tentang beras yang belum terbit.',
    draft: true,
  }),
  // The seed with its name variants removed.
  'seed-tanpa-varian.md': seedMarkdown.replace(/^nameVariants:\n(  - .*\n)+/m, ''),
};

let build: BuildResult;
let index: NodeSearch;

beforeAll(async () => {
  expect(articles['seed-tanpa-varian.md']).not.toContain('nameVariants');
  build = buildSite(makeContentDir(articles));
  expect(build.status, build.output).toBe(0);
  index = await openIndex(build.outDir);
});

const titles = async (query: string | null, options?: Parameters<NodeSearch['search']>[1]) =>
  (await index.search(query, options)).map((hit) => hit.title);

describe('topik and kategori filters', () => {
  it('narrow a query to one topic, whatever case its tag was written in', async () => {
    expect(new Set(await titles('beras', { filters: { topik: 'pangan' } }))).toEqual(
      new Set(['Harga beras naik', 'Petani panen raya', 'Impor dibuka']),
    );
    expect(await titles('beras', { filters: { topik: 'perdagangan' } })).toEqual(['Impor dibuka']);
    expect(await titles('beras', { filters: { topik: 'cuaca' } })).toEqual(['Banjir di Jakarta']);
  });

  it('narrow a query to one category', async () => {
    expect(new Set(await titles('beras', { filters: { kategori: 'ekonomi' } }))).toEqual(
      new Set(['Harga beras naik', 'Impor dibuka']),
    );
  });

  it('combine', async () => {
    expect(await titles('beras', { filters: { kategori: 'nasional', topik: 'pangan' } })).toEqual([
      'Petani panen raya',
    ]);
    expect(await titles('beras', { filters: { kategori: 'ekonomi', topik: 'cuaca' } })).toEqual([]);
  });

  it('count every published article under its slugs', async () => {
    expect(await index.filters()).toEqual({
      kategori: { ekonomi: 2, internasional: 1, nasional: 2 },
      topik: { cuaca: 1, harga: 1, 'korea-utara': 1, pangan: 3, perdagangan: 1, rusia: 1, ukraina: 1 },
    });
  });

  it('are offered on /cari/ once per slug, as first written, in order', () => {
    const page = parseHtml(readFileSync(join(build.outDir, 'cari/index.html'), 'utf8'));
    const options = (name: string) =>
      selectAll(`select[name=${name}] option`, page).map((o) => [o.properties.value, textOf(o)]);
    expect(options('topik')).toEqual([
      ['', 'Semua topik'],
      ['cuaca', 'Cuaca'],
      ['harga', 'Harga'],
      ['korea-utara', 'Korea Utara'],
      // Newest first: "Pangan" (5 March) is written before "pangan" (20 February).
      ['pangan', 'Pangan'],
      ['perdagangan', 'Perdagangan'],
      ['rusia', 'Rusia'],
      ['ukraina', 'Ukraina'],
    ]);
    expect(options('kategori')).toEqual([
      ['', 'Semua kategori'],
      ['ekonomi', 'Ekonomi'],
      ['internasional', 'Internasional'],
      ['nasional', 'Nasional'],
    ]);
  });
});

describe('date sort', () => {
  it('orders a query newest or oldest first', async () => {
    const newest = ['Petani panen raya', 'Impor dibuka', 'Banjir di Jakarta', 'Harga beras naik'];
    expect(await titles('beras', { sort: 'newest' })).toEqual(newest);
    expect(await titles('beras', { sort: 'oldest' })).toEqual([...newest].reverse());
  });

  it('keeps every article: sorted and unsorted results are the same set', async () => {
    const all = await titles(null);
    expect(all).toHaveLength(5);
    expect(await titles(null, { sort: 'newest' })).toEqual([
      'Petani panen raya',
      'Impor dibuka',
      'Banjir di Jakarta',
      'Harga beras naik',
      'Rusia Menolak Konfirmasi Pasukan Korea Utara Turut Bertempur Melawan Ukraina',
    ]);
  });

  it('gives the date with its WIB offset', async () => {
    expect((await index.search('banjir'))[0]?.date).toBe('2025-01-31T00:01:00+07:00');
  });
});

describe('what is not indexed', () => {
  it('drafts', async () => {
    expect(await titles('rahasia')).toEqual([]);
  });

  it('name variants an article does not list, even when a Baca Juga line shows one', async () => {
    for (const variant of ['Zelenskiy', 'Kiev', 'Moscow', 'Korut']) expect(await titles(variant), variant).toEqual([]);
    // Pagefind itself lets "Zelenskyy" reach the body's "Zelensky" (an indexed word that
    // is a prefix of the query); the Baca Juga line's "Zelenskyy" is never what matched.
    const [hit, ...rest] = await index.search('Zelenskyy');
    expect(rest).toEqual([]);
    expect(hit?.matches).toEqual(['Zelensky']);
  });
});
