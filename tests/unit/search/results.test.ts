import { describe, expect, it } from 'vitest';
import { checkLanguages } from '#src/search/index/build-index.ts';
import { filterOptions } from '#src/search/ui/filter-options.ts';
import {
  excerptSegments,
  highlightHref,
  highlightTerms,
  markOnly,
  matchedWords,
  queryWords,
} from '#src/search/query/results.ts';

describe('matched words: what the article page marks', () => {
  // Word positions as Pagefind counts them: the content split on whitespace.
  const content = 'Rusia menolak. Pasukan telah bertempur di medan pertempuran. Legislator menyetujui pakta.';

  it('are the words at the matched locations, without punctuation, each once', () => {
    expect(matchedWords({ content, locations: [4, 7] })).toEqual(['bertempur', 'pertempuran']);
    expect(matchedWords({ content, locations: [9] })).toEqual(['menyetujui']);
    expect(matchedWords({ content, locations: [7, 4, 7] })).toEqual(['bertempur', 'pertempuran']);
  });

  it('treat the same word in another case as one', () => {
    expect(matchedWords({ content: 'Korea utara dan KOREA', locations: [0, 3] })).toEqual(['Korea']);
  });

  it('are empty for a match in metadata only (a name variant)', () => {
    expect(matchedWords({ content, locations: [] })).toEqual([]);
    expect(queryWords('  Zelenskyy, Kiev ')).toEqual(['Zelenskyy', 'Kiev']);
  });
});

describe('highlight terms: what the article page marks', () => {
  const content = 'Pasukan Korea Utara dan Korea Selatan. Rusia, Ukraina dan Korea Utara.';
  // Words: 0 Pasukan, 1 Korea, 2 Utara, 3 dan, 4 Korea, 5 Selatan., 6 Rusia, 7 Ukraina, 8 dan, 9 Korea, 10 Utara.

  it('are the query words standing together on the page, when they do', () => {
    expect(highlightTerms({ content, locations: [1, 2, 4, 9, 10] })).toEqual(['Korea Utara']);
  });

  it('are the single words otherwise, a comma breaking a phrase', () => {
    expect(highlightTerms({ content, locations: [6, 7] })).toEqual(['Rusia', 'Ukraina']);
    expect(highlightTerms({ content, locations: [1, 4] })).toEqual(['Korea']);
  });

  it('keep the excerpt marks on those terms only', () => {
    const runs = excerptSegments('<mark>Korea</mark> <mark>Utara</mark> dan <mark>Korea</mark> Selatan');
    expect(markOnly(runs, ['Korea Utara'])).toEqual([
      { text: 'Korea Utara', marked: true },
      { text: ' dan Korea Selatan', marked: false },
    ]);
  });
});

describe('highlight links', () => {
  it('append one highlight parameter per word to a site path', () => {
    expect(highlightHref('/warta/berita/x/', ['bertempur', 'pertempuran'])).toBe(
      '/warta/berita/x/?highlight=bertempur&highlight=pertempuran',
    );
  });

  it('encode words and keep a fragment', () => {
    expect(highlightHref('/berita/x/#bagian', ['Korea Utara', 'a&b'])).toBe(
      '/berita/x/?highlight=Korea+Utara&highlight=a%26b#bagian',
    );
  });

  it('stop at eight words', () => {
    const words = Array.from({ length: 12 }, (_, i) => `kata${i}`);
    expect(new URL(highlightHref('/b/', words), 'https://x.test').searchParams.getAll('highlight')).toHaveLength(8);
  });
});

describe('excerpts', () => {
  it('become text runs with only the matched words marked', () => {
    expect(excerptSegments('dalam <mark>pertempuran.</mark> Rusia')).toEqual([
      { text: 'dalam ', marked: false },
      { text: 'pertempuran', marked: true },
      { text: '. Rusia', marked: false },
    ]);
  });

  it('mark a matched phrase as one run', () => {
    expect(excerptSegments('pasukan <mark>Korea</mark> <mark>Utara</mark> turut')).toEqual([
      { text: 'pasukan ', marked: false },
      { text: 'Korea Utara', marked: true },
      { text: ' turut', marked: false },
    ]);
  });

  it('unescape what Pagefind escaped and never produce markup', () => {
    const runs = excerptSegments('&lt;script&gt; <mark>(tempur)</mark>');
    expect(runs).toEqual([
      { text: '<script> (', marked: false },
      { text: 'tempur', marked: true },
      { text: ')', marked: false },
    ]);
  });

  it('leave an excerpt without marks as one run', () => {
    expect(excerptSegments('Kremlin tetap bungkam')).toEqual([{ text: 'Kremlin tetap bungkam', marked: false }]);
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('filter choices', () => {
  it('are one per slug, labelled as first written, in Indonesian order', () => {
    expect(filterOptions(['Rusia', 'Korea Utara', 'korea utara', 'Ukraina', 'Rusia'])).toEqual([
      { value: 'korea-utara', label: 'Korea Utara' },
      { value: 'rusia', label: 'Rusia' },
      { value: 'ukraina', label: 'Ukraina' },
    ]);
  });
});

describe('the index language check', () => {
  it('accepts exactly one Indonesian index, or none for an empty site', () => {
    expect(() => checkLanguages({ languages: { id: {} } }, 3)).not.toThrow();
    expect(() => checkLanguages({ languages: {} }, 0)).not.toThrow();
  });

  it('fails for a regional tag, a second language or a missing index', () => {
    expect(() => checkLanguages({ languages: { 'id-id': {} } }, 1)).toThrow(/\[id-id\], expected \[id\].*lang="id"/);
    expect(() => checkLanguages({ languages: { id: {}, en: {} } }, 2)).toThrow(/expected \[id\]/);
    expect(() => checkLanguages({ languages: {} }, 1)).toThrow(/expected \[id\]/);
  });
});
