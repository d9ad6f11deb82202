import { getCollection, type CollectionEntry } from 'astro:content';
import { controlCharacterProblem } from './control-characters.ts';

export type Article = CollectionEntry<'articles'>;

/**
 * Every article that may be shown, newest first. Drafts are left out here, the one
 * place every page, feed and index takes articles from. An article whose body is empty or
 * holds a control character fails the build, naming its file: the schema only sees the
 * frontmatter.
 */
export async function getPublishedArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', ({ data }) => !data.draft);
  for (const article of articles) {
    const file = article.filePath ?? article.id;
    if (!article.body?.trim()) throw new Error(`${file}: the article body is empty`);
    const problem = controlCharacterProblem(article.body);
    if (problem) throw new Error(`${file}: body: ${problem}`);
  }
  return articles.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id));
}
