import { describe, expect, it } from 'vitest';
import { RELATED_COUNT, relatedArticles } from '#src/listings/related-articles.ts';

/** Articles are given newest first, as getPublishedArticles returns them. */
const article = (id: string, category: string, tags: string[]) => ({ id, data: { category, tags } });
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('relatedArticles', () => {
  it('picks older articles sharing a topic, newest first, never the article itself or a newer one', () => {
    const n0 = article('n0', 'Nasional', ['Banjir']);
    const self = article('self', 'Nasional', ['Banjir', 'Cuaca']);
    const n2 = article('n2', 'Ekonomi', ['Cuaca', 'Banjir']);
    const n3 = article('n3', 'Olahraga', ['cuaca']);
    const relatedOf = relatedArticles([n0, self, n2, n3]);
    // n0 is newer; n2 shares both topics but is listed once; "cuaca" is the topic Cuaca.
    expect(ids(relatedOf(self))).toEqual(['n2', 'n3']);
  });

  it('fills up with the newest older ones of the same section when topics give fewer than five', () => {
    const list = [
      article('x', 'Nasional', ['Pajak']),
      article('self', 'Nasional', ['Pajak']),
      article('a', 'Nasional', []),
      article('b', 'Ekonomi', ['Pajak']),
      article('c', 'NASIONAL', []),
      article('d', 'Nasional', []),
      article('e', 'Nasional', []),
      article('f', 'Nasional', []),
    ];
    const relatedOf = relatedArticles(list);
    // b by topic; then section Nasional (any spelling), newest first: a, c, d, e. Shown newest first; x is newer.
    expect(ids(relatedOf(list[1]!))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('prefers a shared topic over a newer article that only shares the section', () => {
    const list = [
      article('self', 'Nasional', ['Korupsi']),
      ...['s1', 's2', 's3', 's4', 's5'].map((id) => article(id, 'Nasional', [])),
      ...['t1', 't2', 't3', 't4', 't5', 't6'].map((id) => article(id, 'Hukum', ['Korupsi'])),
    ];
    expect(ids(relatedArticles(list)(list[0]!))).toEqual(['t1', 't2', 't3', 't4', 't5']);
  });

  it(`shows at most ${RELATED_COUNT}, and nothing for an article that shares nothing`, () => {
    const list = Array.from({ length: 12 }, (_, i) => article(`a${i}`, 'Nasional', ['Pemilu']));
    const alone = article('alone', 'Sains', []);
    const relatedOf = relatedArticles([...list, alone]);
    expect(ids(relatedOf(list[2]!))).toEqual(['a3', 'a4', 'a5', 'a6', 'a7']);
    expect(relatedOf(list[11]!)).toEqual([]);
    expect(relatedOf(alone)).toEqual([]);
  });

  it('never changes for an older article when a newer one arrives', () => {
    const list = Array.from({ length: 8 }, (_, i) => article(`a${i}`, 'Nasional', ['Pemilu']));
    const before = relatedArticles(list)(list[3]!);
    const after = relatedArticles([article('baru', 'Nasional', ['Pemilu']), ...list])(list[3]!);
    expect(ids(after)).toEqual(ids(before));
    expect(ids(after)).toEqual(['a4', 'a5', 'a6', 'a7']);
  });
});
