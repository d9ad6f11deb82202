/** Longest proposed headline: what search engines show, and what fits two lines on a phone. */
export const HEADLINE_MAX = 110;
/** Longest proposed description: a meta description's usual length. */
export const DESCRIPTION_MAX = 160;

const sentenceSegmenter = new Intl.Segmenter('id', { granularity: 'sentence' });

/** A paragraph's first sentence, and the rest of it as written. */
export function firstSentence(text: string): { sentence: string; rest: string } {
  const first = sentenceSegmenter.segment(text)[Symbol.iterator]().next().value?.segment ?? text;
  return { sentence: first.trim(), rest: text.slice(first.length).trim() };
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const boundary = head.lastIndexOf(' ');
  const cut = (boundary > 0 ? head.slice(0, boundary) : head).replace(/[\s,;:–—-]+$/u, '');
  return `${cut}…`;
}

/** A headline from a sentence: without its closing full stop, shortened to a headline's length. */
export function headlineFrom(sentence: string): string {
  return shorten(sentence.replace(/(?<!\.)\.$/u, '').trim(), HEADLINE_MAX);
}

/** A description from text: shortened to a meta description's length. */
export function descriptionFrom(text: string): string {
  return shorten(text.trim(), DESCRIPTION_MAX);
}
