import { groupBySection } from './group-by-section.ts';
import { groupByTopic } from './group-by-topic.ts';
import { tagSlug } from './tag-slug.ts';

/** How many related stories an article shows. */
export const RELATED_COUNT = 5;

interface Relatable {
  id: string;
  data: { tags: string[]; category: string };
}

/**
 * Builds, once per build, the lookup of each article's related stories: those sharing a
 * topic with it, newest first, then, while fewer than RELATED_COUNT, the newest of its
 * section; never the article itself. `articles` must be newest first (as
 * getPublishedArticles gives them). The topic and section lists are built in one pass,
 * and each lookup reads only the heads of its own articles' lists, so the whole archive
 * costs linear time, not a scan of the archive per page.
 */
export function relatedArticles<T extends Relatable>(articles: T[]): (article: T) => T[] {
  const topics = groupByTopic(articles);
  const sections = groupBySection(articles);
  const position = new Map(articles.map((article, index) => [article, index]));
  const newestFirst = (a: T, b: T) => position.get(a)! - position.get(b)!;
  /** The newest articles of a list other than `self` and those already picked. */
  const heads = (list: T[] | undefined, self: T, picked: Set<T>) => {
    const found: T[] = [];
    for (const candidate of list ?? []) {
      if (found.length === RELATED_COUNT) break;
      if (candidate !== self && !picked.has(candidate)) found.push(candidate);
    }
    return found;
  };
  return (article) => {
    const picked = new Set<T>();
    const byTopic = article.data.tags.flatMap((tag) => heads(topics.get(tagSlug(tag))?.articles, article, picked));
    for (const related of [...new Set(byTopic)].sort(newestFirst).slice(0, RELATED_COUNT)) picked.add(related);
    const bySection = heads(sections.get(tagSlug(article.data.category))?.articles, article, picked);
    return [...picked, ...bySection].slice(0, RELATED_COUNT).sort(newestFirst);
  };
}
