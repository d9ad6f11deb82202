/** One paragraph of the source, as it will appear on the page. */
export interface SourceParagraph {
  /** The text, cleaned up only as `cleanLine` documents. */
  text: string;
  /** 1-based line of the source it came from, for messages. */
  line: number;
}

export interface SplitResult {
  paragraphs: SourceParagraph[];
  /** Lines from which invisible characters were removed. */
  invisibleRemovedOn: number[];
}

/** Zero-width space, word joiner and a BOM inside the text: invisible, and they split words for search. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/gu;
/** Every Unicode space: no-break (U+00A0, U+202F, U+2007), thin, em, ideographic... */
const UNICODE_SPACE = /\p{Zs}/gu;

/**
 * The whitespace clean-up, and all of it: any Unicode space becomes an ordinary space,
 * zero-width spaces are removed, and whitespace at either end of the line is dropped
 * (HTML shows none of these, so no word is lost). Runs of spaces inside a line are kept.
 */
export function cleanLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(UNICODE_SPACE, ' ').trim();
}

/**
 * Splits decoded text (lines ending in "\n") into paragraphs. Publishers send one
 * paragraph per line, often with no blank line between them, so every non-empty line
 * is a paragraph; blank lines separate nothing more. No line is ever joined to another.
 */
export function splitParagraphs(text: string): SplitResult {
  const paragraphs: SourceParagraph[] = [];
  const invisibleRemovedOn: number[] = [];
  text.split('\n').forEach((raw, index) => {
    const cleaned = cleanLine(raw);
    if (raw.replace(INVISIBLE, '') !== raw) invisibleRemovedOn.push(index + 1);
    if (cleaned !== '') paragraphs.push({ text: cleaned, line: index + 1 });
  });
  return { paragraphs, invisibleRemovedOn };
}
