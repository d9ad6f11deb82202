import { makeContentDir } from '#tests/support/build-site.ts';
import { photoArticle } from '#tests/support/photo.ts';
import { articleMarkdown } from '#tests/support/article-fixture.ts';
import { withFields } from '#tests/support/newsroom-corpus.ts';

/** The article with a lead photo that the budgets measure. */
export const photoSlug = 'banjir-rendam-permukiman';

/** The section page the budgets measure: the photo article's. */
export const sectionPath = '/kategori/nasional/';

/** The article with a correction and the withdrawn report whose notice the budgets measure. */
export const correctedSlug = 'jembatan-dengan-ralat';
export const withdrawnSlug = 'laporan-dicabut';

/** A corrected report with a body of some length, and a withdrawn one (docs/newsroom.md). */
async function newsroomPages(): Promise<Record<string, string>> {
  const body = [
    'Jakarta - Jembatan yang menghubungkan dua kecamatan di tepi sungai dibuka untuk umum pada Sabtu pagi setelah dibangun selama dua tahun.',
    'Warga yang sebelumnya harus memutar sejauh tujuh kilometer kini dapat menyeberang dalam beberapa menit saja.',
  ].join('\n\n');
  return {
    [`${correctedSlug}.md`]: withFields(
      articleMarkdown({ title: 'Jembatan baru dibuka untuk umum', pubDate: '2025-01-11T14:30:00+07:00', body }),
      [
        'credits:',
        '  authors: ["Ani Lestari"]',
        'corrections:',
        '  - date: "2025-01-11T16:45:00+07:00"',
        '    text: "Panjang jembatan 120 meter, bukan 210 meter seperti tertulis sebelumnya."',
      ],
    ),
    [`${withdrawnSlug}.md`]: withFields(
      articleMarkdown({ title: 'Laporan yang dicabut', pubDate: '2025-01-10T09:00:00+07:00' }),
      ['withdrawn:', '  date: "2025-01-10T12:00:00+07:00"', '  reason: "Menyangkut masa depan anak."'],
    ),
  };
}

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
    {
      ...(await newsroomPages()),
      ...(await photoArticle(photoSlug, {
        title: 'Banjir rendam ratusan rumah di pinggiran kota setelah hujan semalaman',
        pubDate: '2025-01-12T07:15:00+07:00',
        tags: ['Banjir', 'Cuaca'],
        body,
      })),
    },
    { withSeed: true },
  );
}
