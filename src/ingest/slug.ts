import slugify from '@sindresorhus/slugify';

/** Longest slug: long enough for the seed's headline (77), short enough for a URL. */
export const SLUG_MAX = 80;

/** What a slug may be: lowercase ASCII words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The file name and URL segment of an article, from its title: lowercase ASCII
 * (letters transliterated, "&" read as "dan"), cut at a word boundary to SLUG_MAX.
 * The same title always gives the same slug. Empty when the title has no letter or
 * digit that transliterates to ASCII.
 */
export function articleSlug(title: string): string {
  const full = slugify(title, { decamelize: false, customReplacements: [['&', ' dan ']] });
  if (full.length <= SLUG_MAX) return full;
  const cut = full.slice(0, SLUG_MAX + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : full.slice(0, SLUG_MAX);
}
