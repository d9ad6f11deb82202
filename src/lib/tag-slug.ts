import slugify from '@sindresorhus/slugify';

/** "Korea Utara" → "korea-utara": the URL segment of a topic page. */
export function tagSlug(tag: string): string {
  return slugify(tag);
}
