import { makeContentDir } from '#tests/support/build-site.ts';
import { photoArticle } from '#tests/support/photo.ts';

/** The article with a lead photo that the budgets measure. */
export const photoSlug = 'banjir-rendam-permukiman';

/** The section page the budgets measure: the photo article's. */
export const sectionPath = '/kategori/nasional/';

/**
 * The real seed article and a news article with a generated lead photo (1600×1067, a
 * camera-sized original), the page kinds a reader lands on.
 */
export async function budgetCorpus(): Promise<string> {
  const body = [
    'Jakarta - Hujan deras yang turun sejak Sabtu malam membuat sungai di pinggiran kota meluap dan merendam ratusan rumah warga.',
    'Petugas membuka posko pengungsian di balai desa dan menyiapkan dapur umum bagi warga yang rumahnya terendam.',
    'Badan cuaca memperkirakan hujan masih turun hingga dua hari ke depan, sehingga warga di bantaran sungai diminta tetap waspada.',
  ].join('\n\n');
  return makeContentDir(
    await photoArticle(photoSlug, {
      title: 'Banjir rendam ratusan rumah di pinggiran kota setelah hujan semalaman',
      pubDate: '2025-01-12T07:15:00+07:00',
      tags: ['Banjir', 'Cuaca'],
      body,
    }),
    { withSeed: true },
  );
}
