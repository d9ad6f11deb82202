import { groupByLabel, type LabelGroup } from './group-by-label.ts';

/**
 * Every credited writer, keyed by the URL slug of their name, with their stories in the
 * order given. Byline codes ("rna/fdn") are not names and get no page.
 */
export function groupByWriter<T extends { data: { credits?: { authors: string[] } } }>(
  articles: T[],
): Map<string, LabelGroup<T>> {
  return groupByLabel(articles, (article) => article.data.credits?.authors ?? []);
}
