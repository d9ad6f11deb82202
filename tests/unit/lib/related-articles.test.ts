import { describe, expect, it } from 'vitest';
import { RELATED_COUNT, relatedArticles } from '../../../src/lib/related-articles.ts';

/** Articles are given newest first, as getPublishedArticles returns them. */
const article = (id: string, category: string, tags: string[]) => ({ id, data: { category, tags } });
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('relatedArticles', () => {
  it('picks articles sharing a topic, newest first, and never the article itself', () => {
    const n1 = article('n1', 'Nasional', ['Banjir']);
    const n2 = article('n2', 'Ekonomi', ['Cuaca', 'Banjir']);
    const self = article('self', 'Nasional', ['Banjir', 'Cuaca']);
    const n3 = article('n3', 'Olahraga', ['cuaca']);
    const relatedOf = relatedArticles([n1, n2, self, n3]);
    // n2 shares both topics but is listed once; "cuaca" is the topic Cuaca.
    expect(ids(relatedOf(self))).toEqual(['n1', 'n2', 'n3']);
  });

  it('fills up with the newest of the same section when topics give fewer than five', () => {
    const list = [
      article('a', 'Nasional', []),
      article('b', 'Ekonomi', ['Pajak']),
      article('c', 'NASIONAL', []),
      article('self', 'Nasional', ['Pajak']),
      article('d', 'Nasional', []),
      article('e', 'Nasional', []),
      article('f', 'Nasional', []),
    ];
    const relatedOf = relatedArticles(list);
    // b by topic; then section Nasional (any spelling), newest first: a, c, d, e. Shown newest first.
    expect(ids(relatedOf(list[3]!))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('prefers a shared topic over a newer article that only shares the section', () => {
    const list = [
      ...['s1', 's2', 's3', 's4', 's5'].map((id) => article(id, 'Nasional', [])),
      ...['t1', 't2', 't3', 't4', 't5', 't6'].map((id) => article(id, 'Hukum', ['Korupsi'])),
      article('self', 'Nasional', ['Korupsi']),
    ];
    expect(ids(relatedArticles(list)(list.at(-1)!))).toEqual(['t1', 't2', 't3', 't4', 't5']);
  });

  it(`shows at most ${RELATED_COUNT}, and nothing for an article that shares nothing`, () => {
    const list = Array.from({ length: 12 }, (_, i) => article(`a${i}`, 'Nasional', ['Pemilu']));
    const alone = article('alone', 'Sains', []);
    const relatedOf = relatedArticles([...list, alone]);
    expect(ids(relatedOf(list[7]!))).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(relatedOf(alone)).toEqual([]);
  });
});
