import { articleMarkdown } from './article-fixture.ts';
import { makeContentDir } from './build-site.ts';
import { PHOTO_TEXT, TEST_PHOTO, testPhoto } from './photo.ts';
import { seedSlug } from './seed.ts';
import { withFields } from './newsroom-corpus.ts';

/**
 * A headline no serializer may trust: it closes a script, opens a comment, and carries
 * the two line separators JavaScript does not allow in a string literal.
 */
export const hostileTitle =
  'Uji "kutip" & <b>tag</b> </script><script>alert(1)</script> <!-- pisah\u2028baris\u2029akhir';

/** A corrected report and a withdrawn one (docs/newsroom.md), older than the seed article. */
export const correctedSlug = 'ralat-uji';
export const withdrawnSlug = 'dicabut-uji';

/** The slug of the fixture article that has every optional field, a lead photo among them. */
export const fullSlug = 'sumber-lengkap';

/**
 * The seed article, one with every optional field (original URL, update, a lead photo
 * with caption and credit, a relative link and a heading anchor in the body) and a
 * hostile title, a corrected report, a withdrawn one, and a draft.
 */
export async function discoveryCorpus(): Promise<string> {
  const full = [
    '---',
    // YAML double quotes: \\u escapes keep the separators out of the raw file.
    `title: "${hostileTitle.replace(/["\\]/g, '\\$&').replace('\u2028', '\\u2028').replace('\u2029', '\\u2029')}"`,
    'description: "Ringkasan uji dengan semua kolom."',
    'pubDate: "2025-01-10T09:30:00+07:00"',
    'updatedDate: "2025-01-11T08:00:00+07:00"',
    'source:',
    '  name: "Kompas & Rekan"',
    '  url: "https://www.kompas.example/read/2025/01/10/uji"',
    'category: "Nasional"',
    'tags: ["Uji Coba", "Rusia"]',
    'image:',
    `  src: "./${fullSlug}.jpg"`,
    ...Object.entries(PHOTO_TEXT).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`),
    '---',
    '',
    'Jakarta - Paragraf pembuka dengan [tautan relatif](../' + seedSlug + '/) dan [jangkar](#latar).',
    '',
    '## Latar',
    '',
    'Paragraf kedua.',
    '',
  ].join('\n');
  return makeContentDir(
    {
      [`${fullSlug}.md`]: full,
      [`${fullSlug}.jpg`]: await testPhoto(TEST_PHOTO),
      [`${correctedSlug}.md`]: withFields(
        articleMarkdown({ title: 'Jembatan baru dibuka untuk umum', pubDate: '2024-10-01T14:30:00+07:00' }),
        [
          'credits:',
          '  authors: ["Ani Lestari"]',
          'corrections:',
          '  - date: "2024-10-02T16:45:00+07:00"',
          '    text: "Panjang jembatan 120 meter, bukan 210 meter seperti tertulis sebelumnya."',
        ],
      ),
      [`${withdrawnSlug}.md`]: withFields(
        articleMarkdown({ title: 'Laporan yang dicabut', pubDate: '2024-10-03T09:00:00+07:00' }),
        ['withdrawn:', '  date: "2024-10-04T10:00:00+07:00"', '  reason: "Menyangkut masa depan anak."'],
      ),
      'draf-rahasia.md': articleMarkdown({
        title: 'Draf rahasia',
        pubDate: '2025-02-01T09:00:00+07:00',
        tags: ['Draf'],
        draft: true,
      }),
    },
    { withSeed: true },
  );
}
