import { getCollection, type CollectionEntry } from 'astro:content';
import { tagSlug } from './tag-slug.ts';

export type Article = CollectionEntry<'articles'>;

/**
 * Every article that may be shown, newest first. Drafts are left out here, the one
 * place every page, feed and index takes articles from. An article with no body fails
 * the build, naming its file: the schema only sees the frontmatter.
 */
export async function getPublishedArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', ({ data }) => !data.draft);
  for (const article of articles) {
    if (!article.body?.trim()) {
      throw new Error(`${article.filePath ?? article.id}: the article body is empty`);
    }
  }
  return articles.sort(
    (a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id),
  );
}

/** A topic page's content: the tag as first written, and its articles newest first. */
export interface Topic {
  name: string;
  articles: Article[];
}

/**
 * Every topic in use, keyed by its URL slug, so "Korea Utara" and "korea utara" share
 * one page. Articles keep the order they are given in.
 */
export function groupByTopic(articles: Article[]): Map<string, Topic> {
  const topics = new Map<string, Topic>();
  for (const article of articles) {
    for (const tag of article.data.tags) {
      const slug = tagSlug(tag);
      const topic = topics.get(slug) ?? { name: tag, articles: [] };
      if (!topic.articles.includes(article)) topic.articles.push(article);
      topics.set(slug, topic);
    }
  }
  return topics;
}
