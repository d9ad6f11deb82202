/**
 * A shelf's word index cut into small chunks (src/search/index/word-chunks.ts) still finds
 * every word where Pagefind's own one-chunk index finds it: article pages written here,
 * indexed by Pagefind twice, once cut at two positions a chunk (a chunk for nearly every word).
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '#src/search/index/build-index.ts';
import { openIndex, type NodeSearch } from '#src/search/query/node-search.ts';

/** Each article's slug and text; the words searched for below are chosen to sit in few of them. */
const ARTICLES: Record<string, string> = {
  'gempa-cianjur': 'Gempa mengguncang Cianjur pada pagi hari. Warga mengungsi ke lapangan desa.',
  'gempabumi-palu': 'Gempabumi dan tsunami melanda Palu. Bantuan bansos tiba dua hari kemudian.',
  'harga-emas': 'Harga emas Antam naik tajam pekan ini menurut data pasar logam mulia.',
  'harga-beras': 'Harga beras di pasar induk turun setelah panen raya di Jawa Tengah.',
  'banjir-jakarta': 'Banjir merendam ratusan rumah di Jakarta Timur setelah hujan deras semalam.',
  'bansos-tunai': 'Penyaluran bansosnya dimulai pekan depan untuk keluarga penerima manfaat.',
  'timnas-menang': 'Timnas Indonesia memenangi pertandingan melawan Vietnam di Stadion Gelora.',
  'kereta-cepat': 'Kereta cepat Whoosh mengangkut sejuta penumpang sejak mulai beroperasi.',
  // "Transjakarta" is found by "trans" only as an extension, which Pagefind reads from the chunk holding "trans".
  'trans-papua': 'Jalan Trans Papua rusak parah di ruas Wamena.',
  'halte-baru': 'Transjakarta membuka halte baru di Blok M.',
};

function writeSite(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'warta-word-chunks-'));
  Object.entries(ARTICLES).forEach(([slug, text], day) => {
    mkdirSync(join(outDir, 'berita', slug), { recursive: true });
    writeFileSync(
      join(outDir, 'berita', slug, 'index.html'),
      `<!doctype html><html lang="id"><head><title>${slug}</title></head><body>` +
        `<article data-pagefind-body data-pagefind-sort="date:2024-05-${String(day + 10)}">` +
        `<h1 data-pagefind-meta="title">${slug}</h1><p>${text}</p></article></body></html>`,
    );
  });
  return outDir;
}

const slugsOf = async (index: NodeSearch, query: string) =>
  (await index.search(query)).map((hit) => hit.url.split('/')[2]).sort();

let whole: NodeSearch;
let cut: NodeSearch;
let cutDir: string;

beforeAll(async () => {
  const wholeDir = writeSite();
  await buildSearchIndex(wholeDir, { chunkPositions: 1_000_000 });
  cutDir = writeSite();
  await buildSearchIndex(cutDir, { chunkPositions: 2 });
  [whole, cut] = await Promise.all([openIndex(wholeDir), openIndex(cutDir)]);
}, 120_000);

describe('word chunks', () => {
  it('cuts the index into many chunks', () => {
    const shelf = join(cutDir, 'pagefind', 'rak-1', 'index');
    expect(readdirSync(shelf).length).toBeGreaterThan(10);
  });

  it.each([
    ['gempa', ['gempa-cianjur', 'gempabumi-palu']],
    ['harga', ['harga-beras', 'harga-emas']],
    ['emas', ['harga-emas']],
    ['bansos', ['bansos-tunai', 'gempabumi-palu']],
    ['pertandingan', ['timnas-menang']],
    ['banjir jakarta', ['banjir-jakarta']],
    ['kereta cepat', ['kereta-cepat']],
    ['trans', ['halte-baru', 'trans-papua']],
  ])('finds "%s" where it is written, as the uncut index does', async (query, slugs) => {
    expect(await slugsOf(cut, query)).toEqual(slugs);
    expect(await slugsOf(whole, query)).toEqual(slugs);
  });

  it('finds every word of every article in the same pages as the uncut index', async () => {
    const words = new Set(
      Object.values(ARTICLES)
        .join(' ')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter(Boolean),
    );
    for (const query of words) expect(await slugsOf(cut, query), query).toEqual(await slugsOf(whole, query));
  });
});
