import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema.ts';
import { sourceOnly } from './lib/source-only-loader.ts';
import { site } from './site.config.ts';

/**
 * The article collection: one Markdown file per article in
 * `<WARTA_CONTENT_DIR>/articles/`; the file name (without .md) is the slug.
 * The schema lives in its own module because the ingest tool validates what it
 * writes against it from plain Node, where `astro:content` does not exist.
 */
const articles = defineCollection({
  // Markdown is rendered by the article page, not stored: see source-only-loader.ts.
  loader: sourceOnly(glob({ pattern: '**/*.md', base: resolve(site.contentDir, 'articles'), deferRender: true })),
  schema: articleSchema,
});

export const collections = { articles };
