import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkOutputFolder } from './output-folder.ts';

/**
 * Holds `astro build` run on its own (not through `npm run build`) to the same output
 * folder rule, before Astro empties the folder.
 */
export function outputFolderGuard(contentDir: string): AstroIntegration {
  return {
    name: 'warta-output-folder-guard',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        checkOutputFolder(fileURLToPath(config.outDir), {
          projectRoot: fileURLToPath(config.root),
          contentDir: resolve(contentDir),
        });
      },
    },
  };
}
