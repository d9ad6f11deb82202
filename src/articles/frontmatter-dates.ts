/** The frontmatter fields that hold dates. */
const DATE_FIELDS = ['pubDate', 'updatedDate'] as const;

/**
 * Frontmatter data with each unquoted YAML timestamp put back as the text the author
 * wrote. YAML turns `pubDate: 2024-11-08` into midnight UTC and drops the offset of
 * `2024-11-08T14:30:00+07:00`: from the Date alone a plain date (00:00 WIB) cannot be
 * told from 07:00 WIB. A Date whose line is not found (an unusual YAML layout) stays as is.
 */
export function withDatesAsWritten<T extends Record<string, unknown>>(data: T, fileText: string): T {
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(fileText)?.[1] ?? '';
  const restored: Record<string, unknown> = { ...data };
  for (const field of DATE_FIELDS) {
    if (!(data[field] instanceof Date)) continue;
    // An unquoted plain scalar at the top level, maybe followed by a comment.
    const line = new RegExp(`^${field}:[ \\t]+([^\\s'"#][^#\\r\\n]*?)[ \\t]*(?:#.*)?$`, 'm').exec(frontmatter);
    if (line) restored[field] = line[1];
  }
  return restored as T;
}
