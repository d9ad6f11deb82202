import { BACA_JUGA_LINE, isDatelineOnly, matchDateline } from '#src/articles/publisher-text.ts';
import type { SourceParagraph } from './paragraphs.ts';

/** A "Baca Juga: <title>" related-reading line: another article's headline, not this one's text. */
export function isBacaJuga(text: string): boolean {
  return BACA_JUGA_LINE.test(text);
}

/** A paragraph with words of this article: some letter or digit, and not a Baca Juga line. */
export function isArticleText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text) && !isBacaJuga(text);
}

export interface Lede {
  /** The first paragraph of article text. */
  paragraph: SourceParagraph;
  /** Its dateline without the dash ("JAKARTA, Suara.com"), if it opens with one. */
  dateline?: string;
  /** The paragraph after the dateline: the lede's own words. */
  text: string;
}

/** The first paragraph of article text, split into its dateline and the rest (or the paragraph after a lone dateline). */
export function findLede(paragraphs: readonly SourceParagraph[]): Lede | undefined {
  const index = paragraphs.findIndex((p) => isArticleText(p.text));
  const paragraph = paragraphs[index];
  if (!paragraph) return undefined;
  // A dateline on a line of its own ("Merdeka.com -", or with a stray comma: "Warta.com -,"): the lede is the next paragraph.
  const next = paragraphs.slice(index + 1).find((p) => isArticleText(p.text));
  const match = matchDateline(paragraph.text);
  const text = match ? paragraph.text.slice(match.length).trim() : paragraph.text;
  if (next && (isDatelineOnly(paragraph.text) || (match && !/[\p{L}\p{N}]/u.test(text)))) {
    return { paragraph: next, dateline: (match ?? matchDateline(`${paragraph.text} x`))!.dateline, text: next.text };
  }
  if (!match || text === '') return { paragraph, text: paragraph.text };
  return { paragraph, dateline: match.dateline, text };
}

/**
 * The publisher a dateline names: its part that looks like a web address
 * ("Suara.com" in "JAKARTA, Suara.com", "Liputan6.com" in "Liputan6.com, Jakarta"),
 * or the outlet in brackets ("ANTARA" in "Padangsidimpuan (ANTARA)").
 * A bare place ("Jakarta") names none.
 */
export function outletFromDateline(dateline: string): string | undefined {
  const parts = dateline.split(/,\s*/u).map((part) => part.trim());
  return (
    parts.find((part) => /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(part)) ??
    /\((?<outlet>[^()]+)\)$/u.exec(dateline)?.groups!.outlet
  );
}
