import type { Loader } from 'astro/loaders';

/**
 * A content loader that stores each entry's data, body and digest, never its rendered
 * HTML. Wrapped around `glob({ deferRender: true })`: glob then renders nothing while it
 * syncs, and this drops the "deferred render" mark that would make Vite compile every
 * Markdown file as a module of the build. The article page renders its own body with the
 * site's one pipeline instead (src/markdown/pipeline.ts), so Astro's data store (held in
 * memory for the whole build, and written to the cache) carries no HTML for 10,000s of
 * articles, and a build renders Markdown only for the pages it actually renders: an
 * incremental build or a shard renders its few, not the whole archive.
 */
export function sourceOnly(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: ({ deferredRender: _deferred, rendered: _rendered, ...entry }) => context.store.set(entry),
        },
      }),
  };
}
