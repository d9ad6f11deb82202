import { describe, expect, it } from 'vitest';
import { groupByTopic } from '#src/listings/group-by-topic.ts';

const article = (id: string, tags: string[]) => ({ id, data: { tags } });

describe('groupByTopic', () => {
  it('groups articles by topic slug, keeping the first spelling and the given order', () => {
    const a = article('a', ['Korea Utara', 'Rusia']);
    const b = article('b', ['korea utara']);
    const c = article('c', ['Rusia', 'RUSIA']);
    const topics = groupByTopic([a, b, c]);
    expect([...topics.keys()]).toEqual(['korea-utara', 'rusia']);
    expect(topics.get('korea-utara')).toEqual({ name: 'Korea Utara', articles: [a, b] });
    // c lists Rusia twice (two spellings) but appears once.
    expect(topics.get('rusia')).toEqual({ name: 'Rusia', articles: [a, c] });
  });

  it('gives no topics for untagged articles', () => {
    expect(groupByTopic([article('a', [])]).size).toBe(0);
  });
});
