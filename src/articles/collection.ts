import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '#src/site.config.ts';
import { markdownBody } from './body.ts';

export type Article = CollectionEntry<'articles'>;

/** The folder of the article files: `<WARTA_CONTENT_DIR>/articles/`. */
export const articlesDir = resolve(site.contentDir, 'articles');

/**
 * Every article that may be shown, newest first. Drafts and withdrawn reports are left
 * out here, the one place every page, feed and index takes articles from (a withdrawn
 * report's notice page takes it from src/articles/withdrawal.ts). (The loader in
 * src/content.config.ts has failed the build on a published article with an empty body
 * or a control character, naming its file.)
 */
export async function getPublishedArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', ({ data }) => !data.draft && !data.withdrawn);
  return articles.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id));
}

/**
 * An article's Markdown, read from its file when its page or feed item is rendered: the
 * content layer does not keep it (src/content.config.ts), so a build holds only the
 * bodies of the pages it is rendering. The file is the one whose digest the page's
 * cache key holds.
 */
export function articleBody(article: Article): string {
  return markdownBody(readFileSync(resolve(articlesDir, basename(article.filePath!)), 'utf8'));
}
