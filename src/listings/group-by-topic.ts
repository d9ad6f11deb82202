import { groupByLabel, type LabelGroup } from './group-by-label.ts';

/** A topic page's content: the tag as first written, and its articles in the order given. */
export type Topic<T> = LabelGroup<T>;

/** Every topic in use, keyed by its URL slug, so "Korea Utara" and "korea utara" share one page. */
export function groupByTopic<T extends { data: { tags: string[] } }>(articles: T[]): Map<string, Topic<T>> {
  return groupByLabel(articles, (article) => article.data.tags);
}
