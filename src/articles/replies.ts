import type { Article } from './collection.ts';

/** What a report answers and what answers it (`replyTo`): both link to each other. */
export interface ReplyLinks {
  /** The report this one answers, if it is published. */
  original?: Article;
  /** The published replies and correction articles to this one, oldest first. */
  replies: Article[];
}

/**
 * Each published report's reply links, over the list of published reports (newest
 * first), in linear time. A `replyTo` to a missing slug has failed the build already
 * (src/articles/loader.ts); one to a draft or a withdrawn report links nothing.
 */
export function replyLinks(articles: Article[]): (article: Article) => ReplyLinks {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const repliesTo = new Map<string, Article[]>();
  for (const article of articles.toReversed()) {
    const original = article.data.replyTo;
    if (original && byId.has(original)) repliesTo.set(original, [...(repliesTo.get(original) ?? []), article]);
  }
  return (article) => {
    const original = article.data.replyTo && byId.get(article.data.replyTo);
    return { ...(original && { original }), replies: repliesTo.get(article.id) ?? [] };
  };
}
