/**
 * The benchmark's relevance query set (bench/relevance-queries.json) on articles written
 * here, since the real corpus it is judged on cannot be committed: for each query one
 * article about it, and fifteen long weekly roundups that mention every query once. Each
 * query matches its own article and all fifteen roundups, so a ranking that did not put
 * the article about it first would miss some of the 34 (by chance, each would land in
 * the top ten of sixteen 62 % of the time). Recall@10 is measured by the benchmark's own
 * function, bench/relevance.ts.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentencesOf, writeCorpus, type SyntheticArticle } from '#bench/corpus.ts';
import { measureRelevance, relevanceQueries, type RelevanceResult } from '#bench/relevance.ts';
import { buildSite } from '#tests/support/build-site.ts';
import { seedRawText } from '#tests/support/seed.ts';

/** Each query of the set, with a headline and a sentence in the words a report would use. */
const REPORTS: Record<string, [headline: string, sentence: string]> = {
  tempur: ['Pertempuran sengit pecah di perbatasan', 'Pertempuran berlangsung sejak subuh dan warga mengungsi.'],
  'prabowo subianto': ['Presiden Prabowo Subianto meresmikan bendungan', 'Prabowo Subianto tiba dengan helikopter.'],
  jokowi: ['Jokowi menghadiri pernikahan kerabat di Solo', 'Jokowi datang bersama keluarganya.'],
  'gempa bumi': ['Gempa bumi magnitudo 5,6 mengguncang Cianjur', 'Gempa bumi itu terasa hingga Bandung.'],
  'banjir jakarta': ['Banjir merendam ratusan rumah di Jakarta Timur', 'Banjir di Jakarta surut menjelang sore.'],
  'harga emas': ['Harga emas Antam naik Rp 10.000 per gram', 'Harga emas batangan ikut naik di pegadaian.'],
  'rupiah melemah': ['Rupiah melemah ke level Rp 16.500 per dolar AS', 'Rupiah melemah sejak pembukaan pasar.'],
  korupsi: ['Kejaksaan menahan kepala dinas dalam kasus korupsi', 'Kasus korupsi itu merugikan negara.'],
  'timnas indonesia': ['Timnas Indonesia menang 2-0 atas Vietnam', 'Timnas Indonesia memimpin sejak babak pertama.'],
  'piala dunia': ['Jadwal kualifikasi Piala Dunia zona Asia dirilis', 'Kualifikasi Piala Dunia dimulai bulan depan.'],
  'kpk tersangka': ['KPK menetapkan bupati sebagai tersangka suap', 'KPK memeriksa tersangka selama delapan jam.'],
  'ibadah haji': ['Kuota ibadah haji tahun depan ditambah', 'Calon jemaah ibadah haji diminta bersiap.'],
  'hewan kurban': ['Pedagang hewan kurban ramai menjelang Iduladha', 'Harga hewan kurban naik sepuluh persen.'],
  'kecelakaan kereta': ['Kecelakaan kereta di perlintasan sebidang', 'Kecelakaan kereta itu menewaskan dua orang.'],
  'jalan tol': ['Jalan tol baru di Sumatra dibuka', 'Jalan tol itu memangkas waktu tempuh dua jam.'],
  bitcoin: ['Bitcoin menembus rekor baru', 'Bitcoin diperdagangkan di atas seratus ribu dolar.'],
  ihsg: ['IHSG ditutup menguat pada perdagangan sore', 'IHSG naik didorong saham perbankan.'],
  pilkada: ['KPU menetapkan jadwal pilkada serentak', 'Pilkada serentak digelar di 500 daerah.'],
  bansos: ['Penyaluran bansos beras dimulai pekan depan', 'Bansos diterima keluarga penerima manfaat.'],
  'mudik lebaran': ['Puncak arus mudik Lebaran diperkirakan Jumat', 'Mudik Lebaran tahun ini diikuti jutaan orang.'],
  'israel iran': ['Ketegangan Israel dan Iran memanas', 'Israel menuduh Iran meluncurkan rudal.'],
  gaza: ['Bantuan kemanusiaan untuk Gaza tertahan', 'Truk bantuan menunggu di luar Gaza.'],
  persib: ['Persib Bandung menjamu Persija', 'Persib menang lewat gol di menit akhir.'],
  'liga champions': ['Undian Liga Champions mempertemukan dua raksasa', 'Babak gugur Liga Champions dimulai Februari.'],
  'cuaca ekstrem': ['BMKG memperingatkan cuaca ekstrem sepekan', 'Cuaca ekstrem berpotensi memicu longsor.'],
  narkoba: ['Polisi menggagalkan penyelundupan narkoba', 'Narkoba itu disembunyikan di dalam kontainer.'],
  kebakaran: ['Kebakaran melanda pasar tradisional di Medan', 'Kebakaran itu menghanguskan 200 kios.'],
  'sekolah rakyat': ['Sekolah Rakyat mulai menerima siswa', 'Sekolah Rakyat dibuka di 100 kabupaten.'],
  'makan bergizi gratis': [
    'Program makan bergizi gratis menjangkau pelosok',
    'Makan bergizi gratis dibagikan tiap pagi.',
  ],
  'tarif trump': ['Tarif Trump membuat eksportir waswas', 'Tarif baru Trump berlaku bulan depan.'],
  'demo mahasiswa': ['Demo mahasiswa di depan DPR berlangsung damai', 'Demo mahasiswa bubar menjelang magrib.'],
  'penipuan online': ['Polisi membongkar jaringan penipuan online', 'Penipuan online itu memakai aplikasi pesan.'],
  'raja ampat': ['Wisatawan ke Raja Ampat meningkat', 'Raja Ampat menjadi tujuan utama penyelam.'],
  'kereta cepat': ['Kereta cepat Whoosh melayani sejuta penumpang', 'Kereta cepat itu berangkat tiap setengah jam.'],
};

const ROUNDUPS = 15;
/** A corpus file number for each report ("90001"…): the benchmark finds articles by it. */
const numberOf = (index: number) => String(90_001 + index);

const queries = relevanceQueries();
let result: RelevanceResult;

beforeAll(async () => {
  const filler = sentencesOf(seedRawText);
  const article = (slug: string, title: string, day: number, paragraphs: string[]): SyntheticArticle => ({
    slug,
    title,
    description: paragraphs[0]!,
    pubDate: `2024-06-${String(day).padStart(2, '0')}T08:00:00+07:00`,
    category: 'Nasional',
    tags: [],
    paragraphs,
  });
  const reports = queries.map(({ query }, index) => {
    const [headline, sentence] = REPORTS[query]!;
    return article(`laporan-${numberOf(index)}`, headline, 1 + (index % 28), [`${headline}.`, sentence]);
  });
  const roundups = Array.from({ length: ROUNDUPS }, (_, index) =>
    article(`rangkuman-pekan-${80_001 + index}`, `Rangkuman berita pekan ke-${index + 1}`, 1 + index, [
      ...filler,
      `Pekan ini pembaca juga mengikuti kabar tentang ${queries.map(({ query }) => query).join(', ')}.`,
    ]),
  );
  const content = mkdtempSync(join(tmpdir(), 'warta-relevance-'));
  writeCorpus([...reports, ...roundups], content);
  const build = buildSite(content);
  expect(build.status, build.output).toBe(0);
  const fixtureQueries = queries.map(({ query }, index) => ({ query, expected: [numberOf(index)] }));
  result = await measureRelevance(build.outDir, Number.POSITIVE_INFINITY, fixtureQueries);
}, 600_000);

describe('the relevance query set on articles written for it', () => {
  it('has a report written for every query', () => {
    expect(Object.keys(REPORTS).sort()).toEqual(queries.map(({ query }) => query).sort());
  });

  it('puts the report about each query in its first ten results, on /cari/ and over the whole archive', () => {
    expect(result).toEqual({ queries: queries.length, recallAt10: { searchPage: 1, wholeArchive: 1 }, misses: [] });
  });
});
