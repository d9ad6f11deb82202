import { describe, expect, it } from 'vitest';
import { percentile } from '#tests/support/percentile.ts';

describe('percentile (nearest rank)', () => {
  it('takes the median and the 95th of 20 samples', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
  });

  it('works for one sample', () => {
    expect(percentile([7], 50)).toBe(7);
  });
});
