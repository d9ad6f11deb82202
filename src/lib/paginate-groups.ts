import type { LabelGroup } from './group-by-label.ts';
import { paginate, type ListingPage } from './paginate.ts';

/** One page of one group's listing (a topic, a section), with the group's name. */
export interface GroupListingPage<T> {
  name: string;
  page: ListingPage<T>;
}

/**
 * Every listing page of every group: page 1 of a group lives at its slug, page N at
 * "<slug>/halaman/N". `urlOf(param)` is the public URL of a route parameter.
 */
export function paginateGroups<T>(
  groups: Map<string, LabelGroup<T>>,
  pageSize: number,
  urlOf: (param: string) => string,
): GroupListingPage<T>[] {
  return [...groups].flatMap(([slug, group]) =>
    paginate(group.articles, pageSize, slug, (param) => urlOf(param!)).map((page) => ({ name: group.name, page })),
  );
}
