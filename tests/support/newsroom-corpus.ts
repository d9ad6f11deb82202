import { articleMarkdown } from './article-fixture.ts';
import { photoArticle } from './photo.ts';

/** The report the newsroom tests withdraw: photo, topics, credits and a phrase found nowhere else. */
export const withdrawn = {
  slug: 'laporan-yang-ditarik',
  title: 'Laporan zamrud terlarang tentang gudang di pelabuhan',
  phrase: 'Kalimat penanda unik kuarsa-marmut-jingga',
  topic: 'Gudang Zamrud',
  author: 'Wartawan Penarik',
  reason: 'Berita ini menyangkut masa depan anak yang identitasnya dapat dikenali.',
  date: '2025-03-02T09:15:00+07:00',
};

/** The corrected report, its reply, and the writer credited on both. */
export const corrected = {
  slug: 'laporan-dengan-ralat',
  title: 'Jembatan baru dibuka untuk umum',
  correction: 'Panjang jembatan 120 meter, bukan 210 meter seperti tertulis sebelumnya.',
  correctionDate: '2025-03-01T16:45:00+07:00',
  author: 'Ani Lestari',
};
export const reply = { slug: 'hak-jawab-kontraktor', title: 'Hak jawab kontraktor jembatan' };

/** An article file with frontmatter lines added after `draft:` (the fixture's last field). */
export const withFields = (markdown: string, lines: string[]) =>
  markdown.replace(/^draft: false$/m, `draft: false\n${lines.join('\n')}`);

/**
 * A small newsroom: the report to withdraw (with a photo), a corrected report by a credited
 * writer, a right of reply to it (by the same writer), an unverified report, two reports
 * of the same day, and one with a plain date (no time). Dates are in late February and
 * early March 2025; WARTA_BUILD_TIME decides which count as the last two days.
 */
export async function newsroomArticles(): Promise<Record<string, string | Uint8Array>> {
  const photo = await photoArticle(withdrawn.slug, {
    title: withdrawn.title,
    pubDate: '2025-02-27T11:00:00+07:00',
    tags: [withdrawn.topic],
    body: `${withdrawn.phrase} di pelabuhan.\n\nParagraf kedua laporan.`,
  });
  photo[`${withdrawn.slug}.md`] = withFields(String(photo[`${withdrawn.slug}.md`]), [
    'credits:',
    `  authors: [${JSON.stringify(withdrawn.author)}]`,
  ]);
  return {
    ...photo,
    [`${corrected.slug}.md`]: withFields(
      articleMarkdown({ title: corrected.title, pubDate: '2025-03-01T14:30:00+07:00', tags: ['Jembatan'] }),
      [
        'credits:',
        `  authors: [${JSON.stringify(corrected.author)}]`,
        '  codes: ["ani/red"]',
        'corrections:',
        `  - date: "${corrected.correctionDate}"`,
        `    text: ${JSON.stringify(corrected.correction)}`,
      ],
    ),
    [`${reply.slug}.md`]: withFields(
      articleMarkdown({ title: reply.title, pubDate: '2025-03-01T18:05:00+07:00', tags: ['Jembatan'] }),
      ['credits:', `  authors: [${JSON.stringify(corrected.author)}]`, `replyTo: ${corrected.slug}`],
    ),
    'kabar-belum-pasti.md': withFields(
      articleMarkdown({ title: 'Kabar kebakaran pasar masih dihimpun', pubDate: '2025-02-25T21:10:00+07:00' }),
      ['unverified: true'],
    ),
    'tanpa-jam.md': articleMarkdown({ title: 'Laporan tanpa jam terbit', pubDate: '2025-02-20' }),
  };
}
