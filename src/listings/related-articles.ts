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
 * Builds, once per build, the lookup of each article's related stories: of the articles
 * published before it, those sharing a topic with it, newest first, then, while fewer
 * than RELATED_COUNT, the newest of its section. Only older articles: a new article
 * never changes the page of one published before it, so archive pages stay as they were
 * and an incremental build renders only what changed. `articles` must be newest first
 * (as getPublishedArticles gives them). The topic and section lists are built in one
 * pass, each article's place in them is indexed once, and each lookup reads only the
 * few list entries after that place: linear in the archive, not a scan per page.
 */
export function relatedArticles<T extends Relatable>(articles: T[]): (article: T) => T[] {
  const topics = groupByTopic(articles);
  const sections = groupBySection(articles);
  const position = new Map(articles.map((article, index) => [article, index]));
  const newestFirst = (a: T, b: T) => position.get(a)! - position.get(b)!;
  const placeIn = new Map<T[], Map<T, number>>();
  for (const { articles: list } of [...topics.values(), ...sections.values()]) {
    placeIn.set(list, new Map(list.map((article, index) => [article, index])));
  }
  /** The newest articles of a list published before `self`, other than those already picked. */
  const heads = (list: T[] | undefined, self: T, picked: Set<T>) => {
    const found: T[] = [];
    if (!list) return found;
    for (let index = placeIn.get(list)!.get(self)! + 1; index < list.length && found.length < RELATED_COUNT; index++) {
      if (!picked.has(list[index]!)) found.push(list[index]!);
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
