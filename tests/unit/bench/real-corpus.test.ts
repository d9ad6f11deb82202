import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { categoryOf, parseDateAsGiven, readCorpusIndex, spreadDate, writeRealCorpus } from '#bench/real-corpus.ts';
import { articleSchema } from '#src/articles/schema.ts';

/** A corpus folder in the shared corpus's format, with text written for this test. */
function fixtureCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'warta-real-corpus-'));
  const rows = [
    [
      '00000_aaaa.txt',
      'uji-2025',
      'Kabar Uji',
      'Harga Cabai Turun di Pasar Induk',
      'https://kabar.example/ekonomi/read/1/harga-cabai',
      'Diperbarui 03 Jun 2025, 11:15 WIB',
    ],
    ['00001_bbbb.txt', 'uji-lama', 'Warta Contoh', '', '', ''],
    [
      '00002_cccc.txt',
      'uji-2025',
      'Portal Uji',
      'Tim Lokal Menang *Besar* <b>lagi</b>',
      'https://portal.example/berita/d-2/tim',
      '5/26/2025 19:32',
    ],
  ];
  const texts = [
    'Jakarta - Harga cabai rawit turun tajam pekan ini.\nPedagang menyebut pasokan dari daerah membaik.\n',
    'Sebuah jembatan gantung baru dibuka untuk warga desa. Warga menyambutnya dengan gembira.\n# Bukan judul\n',
    '1. Bukan daftar, hanya angka di awal kalimat.\nPenonton memenuhi stadion sejak sore.\n',
  ];
  writeFileSync(
    join(dir, 'INDEX.tsv'),
    ['file\tdataset\tpublisher\ttitle\turl\tdate as given\twords', ...rows.map((r) => [...r, '10'].join('\t'))].join(
      '\n',
    ) + '\n',
  );
  rows.forEach(([file], i) => writeFileSync(join(dir, file!), texts[i]!));
  return dir;
}

const frontmatterOf = (dir: string, file: string) =>
  parseFrontmatter(readFileSync(join(dir, 'articles', file), 'utf8'));

describe('the real-corpus benchmark input', () => {
  it('reads dates as the scrapers gave them, in their zones and orders', () => {
    expect(parseDateAsGiven('Diperbarui 03 Jun 2025, 11:15 WIB')).toBe('2025-06-03T11:15:00+07:00');
    expect(parseDateAsGiven('Tayang: Senin, 9 Juni 2025 19:44 WITA')).toBe('2025-06-09T19:44:00+08:00');
    expect(parseDateAsGiven('19 Juni 2025 | 10.12 WIB')).toBe('2025-06-19T10:12:00+07:00');
    // Month first in the Detik export, day first after "Kompas.com-".
    expect(parseDateAsGiven('5/26/2025 19:32')).toBe('2025-05-26T19:32:00+07:00');
    expect(parseDateAsGiven('Kompas.com- 07/06/2025, 14:05 WIB')).toBe('2025-06-07T14:05:00+07:00');
    expect(parseDateAsGiven('Scroll ke bawah untuk membaca berita')).toBeUndefined();
    expect(parseDateAsGiven('')).toBeUndefined();
  });

  it('spreads undated articles over 2015–2025, the same on every run', () => {
    const years = new Set(Array.from({ length: 200 }, (_, i) => spreadDate(i + 1).slice(0, 4)));
    expect([...years].sort()).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(spreadDate(7)).toBe(spreadDate(7));
  });

  it('takes the desk from the URL path, else the publisher', () => {
    expect(categoryOf({ url: 'https://www.example.com/regional/read/6041253/x', publisher: 'P', dataset: 'd' })).toBe(
      'Regional',
    );
    expect(categoryOf({ url: 'https://example.com/berita-ekonomi-bisnis/123/x', publisher: 'P', dataset: 'd' })).toBe(
      'Berita Ekonomi Bisnis',
    );
    expect(categoryOf({ url: 'https://example.com/2025/06/01/x', publisher: 'P', dataset: 'd' })).toBe('P');
    expect(categoryOf({ url: '', publisher: '', dataset: 'tribun-2018' })).toBe('tribun-2018');
  });

  it('writes N articles in INDEX order, reusing each with its own slug and date past the corpus', () => {
    const corpus = fixtureCorpus();
    expect(readCorpusIndex(corpus).map((e) => e.file)).toEqual(['00000_aaaa.txt', '00001_bbbb.txt', '00002_cccc.txt']);
    const out = mkdtempSync(join(tmpdir(), 'warta-real-content-'));
    const slugs = writeRealCorpus(corpus, 7, out);
    expect(slugs).toEqual([
      'harga-cabai-turun-di-pasar-induk-00000',
      'sebuah-jembatan-gantung-baru-dibuka-untuk-warga-desa-00001',
      'tim-lokal-menang-besar-b-lagi-b-00002',
      'harga-cabai-turun-di-pasar-induk-00000-2',
      'sebuah-jembatan-gantung-baru-dibuka-untuk-warga-desa-00001-2',
      'tim-lokal-menang-besar-b-lagi-b-00002-2',
      'harga-cabai-turun-di-pasar-induk-00000-3',
    ]);
    expect(readdirSync(join(out, 'articles'))).toHaveLength(7);
    const dates = new Set<string>();
    for (const slug of slugs) {
      const { frontmatter } = frontmatterOf(out, `${slug}.md`);
      expect(articleSchema.safeParse(frontmatter).error, slug).toBeUndefined();
      dates.add(frontmatter.pubDate as string);
    }
    expect(dates.size).toBe(7);
    const first = frontmatterOf(out, `${slugs[0]}.md`);
    expect(first.frontmatter).toMatchObject({
      title: 'Harga Cabai Turun di Pasar Induk',
      pubDate: '2025-06-03T11:15:00+07:00',
      category: 'Ekonomi',
      source: { name: 'Kabar Uji', url: 'https://kabar.example/ekonomi/read/1/harga-cabai' },
    });
    // No title in INDEX: the first sentence; no URL or date: the publisher and a spread date.
    const second = frontmatterOf(out, `${slugs[1]}.md`);
    expect(second.frontmatter).toMatchObject({
      title: 'Sebuah jembatan gantung baru dibuka untuk warga desa',
      category: 'Warta Contoh',
    });
    expect(second.frontmatter.pubDate).toBe(spreadDate(2));
    // Text that would mean something in Markdown stays text.
    const third = frontmatterOf(out, `${slugs[2]}.md`);
    expect(third.content).toContain('1\\. Bukan daftar');
    expect(second.content).toContain('\\# Bukan judul');
  });
});
