import slugify from '@sindresorhus/slugify';

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint of a text. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Slugs already made, by name: an archive repeats a few thousand names over all its
 * articles, and slugify (about 10 µs a call) was most of the time of grouping 10,000
 * articles by topic and section and picking their related stories.
 */
const made = new Map<string, string>();

/**
 * "Korea Utara" → "korea-utara": the URL segment of a topic page and the value a search
 * filter keys on, for tags and categories alike. A name with no Latin letter or digit to
 * keep ("中文", "😀", "!!!") gets "t-" and a fingerprint of the name instead of an empty
 * segment, the same on every build; case does not count, as in the Latin slugs.
 */
export function tagSlug(tag: string): string {
  let slug = made.get(tag);
  if (slug === undefined) {
    slug = slugify(tag) || `t-${fnv1a(tag.normalize('NFC').toLowerCase())}`;
    made.set(tag, slug);
  }
  return slug;
}
