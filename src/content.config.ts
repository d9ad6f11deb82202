import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleIds } from './lib/article-ids.ts';
import { articleSchema } from './lib/article-schema.ts';
import { site } from './site.config.ts';

/**
 * The article collection: one Markdown file per article in
 * `<WARTA_CONTENT_DIR>/articles/`; the file name (without .md), as a URL slug, is the
 * id.
 * The schema lives in its own module because the ingest tool validates what it
 * writes against it from plain Node, where `astro:content` does not exist.
 */
const articlesDir = resolve(site.contentDir, 'articles');
const articles = defineCollection({
  // Every .md file at any depth, so that one in a subfolder fails the build by name
  // (articleIds) instead of being left out.
  loader: glob({ pattern: '**/*.md', base: articlesDir, generateId: articleIds(articlesDir) }),
  schema: articleSchema,
});

export const collections = { articles };
