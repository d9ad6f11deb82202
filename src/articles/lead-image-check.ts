import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * A content loader that also checks each entry's lead photo is there. Astro's own
 * message for a missing image names the image but not the article that asks for it;
 * this one names both. The schema has checked the file name by then.
 */
export function checkingLeadImages(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          const parsed = await context.parseData(entry);
          const src = (entry.data as { image?: { src?: unknown } }).image?.src;
          if (typeof src === 'string' && entry.filePath && !existsSync(resolve(dirname(entry.filePath), src))) {
            throw new Error(`${entry.filePath}: image.src: ${src} does not exist beside the article`);
          }
          return parsed;
        },
      }),
  };
}
