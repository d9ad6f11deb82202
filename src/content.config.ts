import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchemaWithImages } from './lib/article-schema.ts';
import { checkingLeadImages } from './lib/lead-image-check.ts';
import { site } from './site.config.ts';

/**
 * The article collection: one Markdown file per article in
 * `<WARTA_CONTENT_DIR>/articles/`; the file name (without .md) is the slug, and a lead
 * photo is an image file beside it. The schema lives in its own module because the
 * ingest tool validates what it writes against it from plain Node, where
 * `astro:content` does not exist; here Astro's `image()` reads the photo for
 * `astro:assets` (dimensions, format, the responsive renditions).
 */
const articles = defineCollection({
  loader: checkingLeadImages(glob({ pattern: '**/*.md', base: resolve(site.contentDir, 'articles') })),
  schema: ({ image }) => articleSchemaWithImages(image),
});

export const collections = { articles };
