import type { ArticleData } from './schema.ts';

/**
 * "Penulis: Ana, Budi | Editor: Citra": who wrote and edited the report, as one line.
 * Byline codes ("rna/fdn") stand in for names only when no name is credited; the
 * copyright notice follows. Empty when nothing is credited.
 */
export function creditLine(credits: ArticleData['credits']): string {
  if (!credits) return '';
  const writers = credits.authors.length > 0 ? credits.authors.join(', ') : credits.codes.join(', ');
  return [writers && `Penulis: ${writers}`, credits.editor && `Editor: ${credits.editor}`, credits.notice]
    .filter(Boolean)
    .join(' | ');
}
