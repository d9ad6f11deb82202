import { groupByLabel, type LabelGroup } from './group-by-label.ts';

/** A section ("rubrik"): the category as first written, and its articles in the order given. */
export type Section<T> = LabelGroup<T>;

/**
 * Every section in use, keyed by its URL slug (the same slugs as topics), so
 * "Internasional" and "INTERNASIONAL" share one page.
 */
export function groupBySection<T extends { data: { category: string } }>(articles: T[]): Map<string, Section<T>> {
  return groupByLabel(articles, (article) => [article.data.category]);
}
