import { describe, expect, it } from 'vitest';
import { relevanceQueries } from '#bench/relevance.ts';

describe('the relevance query set', () => {
  const queries = relevanceQueries();

  it('has at least 30 distinct queries, each with expected articles named by corpus file number only', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
    for (const { query, expected } of queries) {
      expect(query).toMatch(/^[a-z0-9 ]+$/);
      expect(expected.length, query).toBeGreaterThan(0);
      for (const number of expected) expect(number, query).toMatch(/^\d{5}$/);
    }
  });
});
