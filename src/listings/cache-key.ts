import { createHash } from 'node:crypto';

/**
 * A page's `cacheKey` for Astro's incremental build: a digest of everything the page
 * shows that is not in its template. Listings pass the content digests of the entries
 * they list (not the entries: a digest already changes with any byte of the file) and
 * their navigation URLs, so an unchanged period's page is copied from the last build.
 */
export function cacheKey(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** The cacheKey of a listing page: its navigation, and the digests of what it lists. */
export function listingCacheKey(page: { items: { digest?: string | number }[] }, extra: unknown = null): string {
  return cacheKey({ ...page, items: page.items.map((item) => item.digest), extra });
}
