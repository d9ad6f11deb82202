/** A stored entry as the reply check reads it. */
interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
}

/**
 * The first `replyTo` that names no article of the collection, as an error naming the
 * file and the field, or undefined. A cross-entry check, so it runs where the whole
 * collection is known: once the loader has synced every file (src/articles/loader.ts).
 */
export function replyTargetProblem(entries: Iterable<StoredEntry>, has: (id: string) => boolean): string | undefined {
  for (const { id, data, filePath } of entries) {
    const target = data.replyTo;
    if (typeof target !== 'string') continue;
    if (target === id) return `${filePath ?? id}: replyTo: "${target}" is this article itself`;
    if (!has(target)) return `${filePath ?? id}: replyTo: there is no article "${target}"`;
  }
  return undefined;
}
