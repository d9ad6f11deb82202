/**
 * How the search index is split: into shelves of SHELF_PAGES (config.ts) articles in date order, each
 * its own Pagefind bundle. Shelf 1 holds the oldest SHELF_PAGES articles, shelf 2 the next
 * ones, and the newest shelf what is left. So a new article changes only the newest shelf,
 * an edit only its own shelf, and an article back-dated into the archive (or deleted from
 * it) the shelves from its place on; every other shelf stays byte for byte what it was,
 * and is reused as it is. (Shelves by calendar year were measured and dropped: a year
 * holds anything from 30 to 8,000 articles, so a first search had either far too much
 * to load or a dozen tiny bundles to fetch.)
 */
import { createHash } from 'node:crypto';

/** One article page as the indexer sees it. */
export interface IndexedPage {
  /** Path of the built page below the output folder, e.g. "berita/x/index.html". */
  path: string;
  /** Its publication date-time with its offset (WIB), from the page's sort key. */
  date: string;
  /** Digest of everything Pagefind reads from the page (see page-digest.ts). */
  digest: string;
}

export interface Shelf {
  /** "rak-<n>": the n-th shelf counted from the oldest article. */
  id: string;
  /** Its pages, oldest first. */
  pages: IndexedPage[];
  /** Digest of its pages' paths and digests: equal digests, equal bundles. */
  digest: string;
}

const byDate = (a: IndexedPage, b: IndexedPage) =>
  Date.parse(a.date) - Date.parse(b.date) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The shelves of a set of pages, newest first. */
export function shelvesOf(pages: readonly IndexedPage[], perShelf: number): Shelf[] {
  const sorted = [...pages].sort(byDate);
  const shelves: Shelf[] = [];
  for (let start = 0, n = 1; start < sorted.length; start += perShelf, n++) {
    const shelfPages = sorted.slice(start, start + perShelf);
    const digest = createHash('sha256');
    for (const page of shelfPages) digest.update(`${page.path}\t${page.digest}\n`);
    shelves.push({ id: `rak-${n}`, pages: shelfPages, digest: digest.digest('hex') });
  }
  return shelves.reverse();
}
