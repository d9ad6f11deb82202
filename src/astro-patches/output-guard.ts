import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkOutputFolder } from '#src/publish/output-folder.ts';
import { pagesLinked, REUSED_PAGES_ENV } from '#src/publish/reuse-pages.ts';

/**
 * Holds `astro build` run on its own (not through `npm run build`) to the same output
 * folder rule, before Astro empties the folder. Under `npm run build`, whose staging
 * folder starts with the last build's reusable pages (reuse-pages.ts), Astro keeps them,
 * and waits until they are all linked before it builds.
 */
export function outputFolderGuard(contentDir: string): AstroIntegration {
  const reusesPages = Boolean(process.env[REUSED_PAGES_ENV]);
  let outDir = '';
  return {
    name: 'warta-output-folder-guard',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        if (reusesPages) {
          updateConfig({ vite: { build: { emptyOutDir: false } } });
          return;
        }
        checkOutputFolder(outDir, {
          projectRoot: fileURLToPath(config.root),
          contentDir: resolve(contentDir),
        });
      },
      'astro:build:start': async () => {
        if (reusesPages) await pagesLinked(outDir);
      },
    },
  };
}
