import { setTimeout } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { inParallel } from '#src/files/in-parallel.ts';

describe('inParallel', () => {
  it('runs the task once on every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await inParallel([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await setTimeout(item % 3);
      done.push(item);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('takes any iterable, a generator too', async () => {
    const seen: string[] = [];
    await inParallel(
      new Map([
        ['a', 1],
        ['b', 2],
      ]).keys(),
      4,
      async (key) => {
        seen.push(key);
      },
    );
    expect(seen.sort()).toEqual(['a', 'b']);
  });

  it('rejects with the first failure', async () => {
    await expect(
      inParallel([1, 2, 3], 2, async (item) => {
        if (item === 2) throw new Error('gagal 2');
      }),
    ).rejects.toThrow('gagal 2');
  });
});
