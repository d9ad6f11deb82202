import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_DATA_META, DATA_STORE_FILE, DATA_STORE_MODULE_ID } from '#src/publish/astro-internals.ts';

/**
 * In `astro build`, the prerendering bundle reads the content layer's data store from
 * its file (`<cacheDir>/data-store.json`, written by the content sync before Vite
 * bundles) instead of carrying it inline. Astro 7 bundles the whole store as one module,
 * `export default JSON.parse("<data-store.json>")`: 8 MB at 10,000 articles for Vite to
 * parse, transform and write on every build, 1.2 of the 2 s Vite takes to bundle a
 * rebuild. The pages get the same data: Astro's runtime unflattens what the module
 * exports either way. `astro dev` keeps Astro's own module (its store changes live).
 */
export function dataStoreReadAtRender(): AstroIntegration {
  return {
    name: 'warta-data-store-module',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'warta-data-store-module',
                enforce: 'pre',
                applyToEnvironment: (environment) => environment.config.consumer === 'server',
                load: {
                  order: 'pre',
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
                  handler: () =>
                    existsSync(storeFile)
                      ? {
                          code: [
                            `import { readFileSync } from 'node:fs';`,
                            `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
                          ].join('\n'),
                          meta: CONTENT_DATA_META,
                        }
                      : undefined,
                },
              },
            ],
          },
        });
      },
    },
  };
}
