import { getPublishedArticles } from '#src/articles/collection.ts';
import { cacheKey, listingCacheKey } from './cache-key.ts';
import { groupBySection } from './group-by-section.ts';
import { routes } from './links.ts';

/** A link in the header's section navigation. */
export interface SectionLink {
  name: string;
  url: string;
}

/**
 * How many sections the header names. The navigation is on every page and inside its
 * first 14 KB; further sections are one tap away from any of their articles.
 */
const NAV_SECTIONS = 12;

/**
 * The largest sections (ties by name), as header links in alphabetical order. Every
 * page has them, so they are part of every page's cache key (docs/scale.md): ordered by
 * size, the header would change, and every page render again, whenever one section
 * overtook another; in alphabetical order it changes only when a section enters or
 * leaves the largest.
 */
async function sectionLinks(): Promise<SectionLink[]> {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');
  return [...groupBySection(await getPublishedArticles()).values()]
    .sort((a, b) => b.articles.length - a.articles.length || byName(a, b))
    .slice(0, NAV_SECTIONS)
    .sort(byName)
    .map(({ name }) => ({ name, url: routes.section(name) }));
}

let built: Promise<SectionLink[]> | undefined;

/**
 * The header's section links, computed once per build: every page has the header, and
 * grouping 10,000 articles per page would make the build quadratic. The dev server
 * recomputes them so that edited content shows.
 */
export function headerSectionLinks(): Promise<SectionLink[]> {
  if (import.meta.env.DEV) return sectionLinks();
  built ??= sectionLinks();
  return built;
}

/**
 * Cache keys for pages, which all have the header: each key is the page's own data with
 * the header's sections, so no `getStaticPaths` can leave them out. `page` for one
 * page's data, `listing` for a listing (the digests of what it lists, see cache-key.ts).
 */
export async function headerCacheKeys() {
  const header = await headerSectionLinks();
  return {
    page: (data: unknown) => cacheKey([data, header]),
    listing: (page: Parameters<typeof listingCacheKey>[0], extra: unknown = null) =>
      listingCacheKey(page, [extra, header]),
  };
}
