import { tagSlug } from './tag-slug.ts';

/** A listing's content: the label as first written, and its articles in the order given. */
export interface LabelGroup<T> {
  name: string;
  articles: T[];
}

/**
 * Groups articles by labels (tags, a category), keyed by the label's URL slug, so
 * "Korea Utara" and "korea utara" share one page. Linear in the number of labels:
 * archives have listings with thousands of articles.
 */
export function groupByLabel<T>(articles: T[], labelsOf: (article: T) => string[]): Map<string, LabelGroup<T>> {
  const groups = new Map<string, LabelGroup<T>>();
  for (const article of articles) {
    const slugs = new Set<string>();
    for (const label of labelsOf(article)) {
      const slug = tagSlug(label);
      if (slugs.has(slug)) continue;
      slugs.add(slug);
      const group = groups.get(slug) ?? { name: label, articles: [] };
      group.articles.push(article);
      groups.set(slug, group);
    }
  }
  return groups;
}
