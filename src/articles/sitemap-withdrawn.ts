import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * Keeps withdrawn reports' notice pages out of @astrojs/sitemap's sitemap. Its filter
 * sees only URLs, and the list of withdrawn paths is known once pages are written: this
 * integration, listed before the sitemap's, reads them from the build's changes.json
 * (src/pages/changes.json.ts) when the build is done, and `isListed` consults them.
 */
export function sitemapWithoutWithdrawn(): { integration: AstroIntegration; isListed: (url: string) => boolean } {
  let withdrawn = new Set<string>();
  return {
    integration: {
      name: 'warta-sitemap-without-withdrawn',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const changes = JSON.parse(readFileSync(new URL('changes.json', dir), 'utf8')) as { withdrawn: string[] };
          withdrawn = new Set(changes.withdrawn);
        },
      },
    },
    isListed: (url) => !withdrawn.has(new URL(url).pathname),
  };
}
