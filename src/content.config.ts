import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { bodyProblem, markdownBody } from './lib/article-body.ts';
import { articleIds } from './lib/article-ids.ts';
import { articleSchemaWithImages } from './lib/article-schema.ts';
import { withDatesAsWritten } from './lib/frontmatter-dates.ts';
import { checkingLeadImages } from './lib/lead-image-check.ts';
import { articlesDir } from './lib/articles.ts';

/**
 * Astro's glob loader over every .md file at any depth (so that one in a subfolder fails
 * the build by name in articleIds instead of being left out), with unquoted YAML dates
 * handed to the schema as written (withDatesAsWritten), and a published article's body
 * checked here (bodyProblem), naming the file.
 *
 * It stores each article's data and digest only: no rendered HTML (glob renders nothing
 * with `deferRender`, and the entry's "deferred render" mark, which would make Vite
 * compile every Markdown file as a module of the build, is dropped) and no Markdown
 * (`retainBody: false`). The article page and the feed read the body from the file and
 * render it with the site's one pipeline (articleBody in src/lib/articles.ts,
 * src/markdown/pipeline.ts). So a sync renders nothing that an incremental build then
 * copies, and the data store (in memory for the whole build, and bundled into it as one
 * module) holds frontmatter only, whatever the articles' length.
 */
function articlesLoader(): Loader {
  const loader = glob({
    pattern: '**/*.md',
    base: articlesDir,
    generateId: articleIds(articlesDir),
    deferRender: true,
    retainBody: false,
  });
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: ({ deferredRender: _deferred, rendered: _rendered, ...entry }) => context.store.set(entry),
        },
        parseData: async (entry) => {
          const text = await readFile(entry.filePath!, 'utf8');
          const problem = entry.data.draft === true ? undefined : bodyProblem(markdownBody(text));
          if (problem) throw new Error(`${entry.filePath}: ${problem}`);
          return context.parseData({ ...entry, data: withDatesAsWritten(entry.data, text) });
        },
      }),
  };
}

/**
 * The article collection: one Markdown file per article in
 * `<WARTA_CONTENT_DIR>/articles/`; the file name (without .md), as a URL slug, is the
 * id, and a lead photo is an image file beside it. The schema lives in its own module
 * because the ingest tool validates what it writes against it from plain Node, where
 * `astro:content` does not exist; here Astro's `image()` reads the photo for
 * `astro:assets` (dimensions, format, the responsive renditions).
 */
const articles = defineCollection({
  loader: checkingLeadImages(articlesLoader()),
  schema: ({ image }) => articleSchemaWithImages(image),
});

export const collections = { articles };
