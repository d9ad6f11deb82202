import { defineCollection } from 'astro:content';
import { articleSchemaWithImages } from '#src/articles/schema.ts';
import { articlesLoader } from '#src/articles/loader.ts';
import { checkingLeadImages } from '#src/articles/lead-image-check.ts';
import { articlesDir } from '#src/articles/collection.ts';

/**
 * The article collection: one Markdown file per article in
 * `<WARTA_CONTENT_DIR>/articles/`; the file name (without .md), as a URL slug, is the
 * id, and a lead photo is an image file beside it. The schema lives in its own module
 * because the ingest tool validates what it writes against it from plain Node, where
 * `astro:content` does not exist; here Astro's `image()` reads the photo for
 * `astro:assets` (dimensions, format, the responsive renditions).
 */
const articles = defineCollection({
  loader: checkingLeadImages(articlesLoader(articlesDir)),
  schema: ({ image }) => articleSchemaWithImages(image),
});

export const collections = { articles };
