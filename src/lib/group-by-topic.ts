import { tagSlug } from './tag-slug.ts';

/** A topic page's content: the tag as first written, and its articles in the order given. */
export interface Topic<T> {
  name: string;
  articles: T[];
}

/**
 * Every topic in use, keyed by its URL slug, so "Korea Utara" and "korea utara" share
 * one page. Linear in the number of tags: archives have topics with thousands of articles.
 */
export function groupByTopic<T extends { data: { tags: string[] } }>(articles: T[]): Map<string, Topic<T>> {
  const topics = new Map<string, Topic<T>>();
  for (const article of articles) {
    const slugs = new Set<string>();
    for (const tag of article.data.tags) {
      const slug = tagSlug(tag);
      if (slugs.has(slug)) continue;
      slugs.add(slug);
      const topic = topics.get(slug) ?? { name: tag, articles: [] };
      topic.articles.push(article);
      topics.set(slug, topic);
    }
  }
  return topics;
}
