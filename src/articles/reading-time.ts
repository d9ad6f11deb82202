/** Words per minute of an adult reading Indonesian news prose on a screen. */
const WORDS_PER_MINUTE = 200;

/** Minutes to read a text, rounded up, at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
