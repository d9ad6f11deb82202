/**
 * The page numbers the old "latest first" pagination of a listing (…/halaman/N/) had for
 * this many items: 2 to the last (page 1 was the listing's own URL, which stays). They
 * are now redirect pages, so links and bookmarks made before the archive keep working.
 * The set only grows with the listing, and no page's content ever changes.
 */
export function legacyPageNumbers(itemCount: number, pageSize: number): number[] {
  const last = Math.ceil(itemCount / pageSize);
  return Array.from({ length: Math.max(0, last - 1) }, (_, index) => index + 2);
}
