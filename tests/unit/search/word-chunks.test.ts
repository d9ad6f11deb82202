/** Cutting a shelf's word index into chunks: the pure rules (src/search/index/word-chunks.ts). */
import { describe, expect, it } from 'vitest';
import { boundaryPrefixes, cutWords } from '#src/search/index/word-chunks.ts';

/** A word as Pagefind packs it, on pages 0, 1… with `positions` positions on each. */
const word = (text: string, ...positions: number[]) =>
  [text, positions.map((count, page) => [page, Array.from({ length: count }, (_, i) => i), []]), []] as Parameters<
    typeof cutWords
  >[0][number];

const texts = (chunks: ReturnType<typeof cutWords>) => chunks.map((chunk) => chunk.map(([text]) => text));

describe('cutWords', () => {
  it('closes a chunk once it holds the budget, counting one more per page', () => {
    // Sizes: "air" 3+1 = 4, "batu" 1+1 + 1+1 = 4, "cahaya" 2+1 = 3, "daun" 9+1 = 10, "emas" 1+1 = 2.
    const words = [word('air', 3), word('batu', 1, 1), word('cahaya', 2), word('daun', 9), word('emas', 1)];
    expect(texts(cutWords(words, 8))).toEqual([['air', 'batu'], ['cahaya', 'daun'], ['emas']]);
    expect(texts(cutWords(words, 100))).toEqual([['air', 'batu', 'cahaya', 'daun', 'emas']]);
  });

  it('keeps a word and its extensions together, up to four times the budget', () => {
    // "bansos" (size 5) would close the chunk at budget 5; "bansosnya" and "bansostunai" extend it.
    const family = [word('bansos', 4), word('bansosnya', 1), word('bansostunai', 1), word('bantu', 1)];
    expect(texts(cutWords(family, 5))).toEqual([['bansos', 'bansosnya', 'bansostunai'], ['bantu']]);
    // At budget 2 the chunk reaches 4 × 2 = 8 with "bansosnya" (5 + 2 = 7 < 8 keeps it open, 9 closes it).
    expect(texts(cutWords(family, 2))).toEqual([['bansos', 'bansosnya', 'bansostunai'], ['bantu']]);
    expect(texts(cutWords(family, 1))).toEqual([['bansos'], ['bansosnya'], ['bansostunai'], ['bantu']]);
  });

  it('does not hold families of words shorter than four characters together', () => {
    const short = [word('ban', 4), word('bank', 1), word('banyak', 1)];
    expect(texts(cutWords(short, 5))).toEqual([['ban'], ['bank', 'banyak']]);
  });
});

describe('boundaryPrefixes', () => {
  it('cuts both words one character past what they share', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
    expect(boundaryPrefixes('kabar', 'yakin')).toEqual(['k', 'y']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(boundaryPrefixes('a😀b', 'a😀c')).toEqual(['a😀b', 'a😀c']);
  });
});
