import { join } from 'node:path';
import { expect } from 'vitest';
import { securityHeaders } from '../../deploy/http-headers.ts';
import { buildSite, repoRoot } from '../support/build-site.ts';
import { startNginx, type StaticServer } from '../support/nginx.ts';

/** The origin the builds are made for; link checks map it onto the nginx origin. */
export const siteOrigin = 'https://warta.test';

/** The two deployments every served check covers: at the root and under a sub-path. */
export const basePaths = ['/', '/warta/'] as const;

export interface ServedSite extends StaticServer {
  /** The built folder of each base path. */
  outDirs: Record<(typeof basePaths)[number], string>;
}

/**
 * Builds the real content twice, for / and for /warta/, and serves both from one nginx
 * with the production headers (so the header CSP, with frame-ancestors, applies on top
 * of the <meta> one, as on a configured host).
 */
export async function buildAndServe(contentDir = join(repoRoot, 'content')): Promise<ServedSite> {
  const outDirs = {} as ServedSite['outDirs'];
  for (const basePath of basePaths) {
    const build = buildSite(contentDir, { env: { WARTA_BASE_PATH: basePath, WARTA_SITE_URL: siteOrigin } });
    expect(build.status, build.output).toBe(0);
    outDirs[basePath] = build.outDir;
  }
  const server = await startNginx(
    basePaths.map((basePath) => ({ dir: outDirs[basePath], basePath })),
    { headers: { ...securityHeaders } },
  );
  return { ...server, outDirs };
}
