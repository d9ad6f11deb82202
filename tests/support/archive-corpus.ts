import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleMarkdown } from './article-fixture.ts';
import { makeContentDir } from './build-site.ts';

const TOPICS = ['Ekonomi', 'Korea Utara', 'Pemilu'];

/** The slug of the i-th article of a generated archive. */
export const archiveSlug = (index: number) => `arsip-uji-${String(index).padStart(3, '0')}`;

/**
 * One generated article: dated `index` half-days after 1 October 2024, 08:00 WIB, so
 * `count` articles spread over count/60 months; one or two topics each.
 */
export function archiveArticle(index: number, title = `Berita arsip nomor ${index}`): string {
  const date = new Date(Date.UTC(2024, 9, 1, 1) + index * 12 * 3_600_000);
  const wib = new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
  return articleMarkdown({
    title,
    pubDate: `${wib}+07:00`,
    tags: [TOPICS[index % 3]!, ...(index % 4 === 0 ? [TOPICS[(index + 1) % 3]!] : [])],
    body: `Jakarta - Paragraf pertama berita ${index}.\n\nParagraf kedua berita ${index}.`,
  });
}

/** A content folder with articles 0 … count-1 of the generated archive. */
export function archiveContentDir(count: number): string {
  return makeContentDir(
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`${archiveSlug(i)}.md`, archiveArticle(i)])),
  );
}

/** Writes (adds or replaces) article `index` in a content folder. */
export function writeArchiveArticle(contentDir: string, index: number, title?: string): void {
  writeFileSync(join(contentDir, 'articles', `${archiveSlug(index)}.md`), archiveArticle(index, title));
}
