/**
 * Runs `task` on every item, at most `limit` at once (file-system work, which Node spreads
 * over libuv's threads); resolves when all are done, rejects with the first failure.
 */
export async function inParallel<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const queue = items[Symbol.iterator]();
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let next = queue.next(); !next.done; next = queue.next()) await task(next.value);
    }),
  );
}
