import { articleMarkdown } from './article-fixture.ts';
import { makeContentDir } from './build-site.ts';
import { PHOTO_TEXT, TEST_PHOTO, testPhoto } from './photo.ts';
import { seedSlug } from './seed.ts';

/**
 * A headline no serializer may trust: it closes a script, opens a comment, and carries
 * the two line separators JavaScript does not allow in a string literal.
 */
export const hostileTitle =
  'Uji "kutip" & <b>tag</b> </script><script>alert(1)</script> <!-- pisah\u2028baris\u2029akhir';

/** The slug of the fixture article that has every optional field, a lead photo among them. */
export const fullSlug = 'sumber-lengkap';

/**
 * The seed article, one with every optional field (original URL, update, a lead photo
 * with caption and credit, a relative link and a heading anchor in the body) and a
 * hostile title, and a draft.
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
