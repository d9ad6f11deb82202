import { getCollection, type CollectionEntry } from 'astro:content';

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
