/** One page of a listing, with the site paths of its neighbours. */
export interface ListingPage<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  last: number;
  /** Route parameter for this page: `first` for page 1, then ".../halaman/N". */
  param: string | undefined;
  prevUrl?: string;
  nextUrl?: string;
}

/**
 * Splits a listing into pages. Page 1 lives at the listing's own URL and page N at
 * `<listing>halaman/N/`, so a page number can never collide with another route
 * (Astro's `[...page]` at the root would put page 404 on /404/).
 * `first` is the route parameter of page 1 (undefined for the home page) and
 * `urlOf(param)` the public URL for a parameter.
 */
export function paginate<T>(
  items: T[],
  pageSize: number,
  first: string | undefined,
  urlOf: (param: string | undefined) => string,
): ListingPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  const paramOf = (n: number) => (n === 1 ? first : [first, 'halaman', String(n)].filter(Boolean).join('/'));
  return Array.from({ length: last }, (_, index) => {
    const current = index + 1;
    return {
      items: items.slice(index * pageSize, current * pageSize),
      current,
      last,
      param: paramOf(current),
      prevUrl: current > 1 ? urlOf(paramOf(current - 1)) : undefined,
      nextUrl: current < last ? urlOf(paramOf(current + 1)) : undefined,
    };
  });
}
