import { join } from 'node:path';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { securityHeaders } from '../../deploy/http-headers.ts';
import { buildSite, repoRoot } from './build-site.ts';
import { startNginx, type StaticServer } from './nginx.ts';

/** The origin the builds are made for; link checks map it onto the nginx origin. */
export const siteOrigin = 'https://warta.test';

/** The two deployments every served check covers: at the root and under a sub-path. */
export const basePaths = ['/', '/warta/'] as const;

/** What the tests get of the served site: where nginx answers and what it serves. */
export interface ServedSite {
  /** "http://127.0.0.1:PORT", serving the root build at / and the sub-path one at /warta/. */
  origin: string;
  /** The built folder of each base path. */
  outDirs: Record<(typeof basePaths)[number], string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    servedSite: ServedSite;
  }
}

/** The served site in a test file of a project whose globalSetup is this module. */
export const servedSite = (): ServedSite => inject('servedSite');

/**
 * Builds a content folder (the real content unless told) twice, for / and for /warta/,
 * and serves both from one nginx with the production headers (so the header CSP, with
 * frame-ancestors, applies on top of the <meta> one, as on a configured host).
 */
export async function buildAndServe(contentDir = join(repoRoot, 'content')): Promise<ServedSite & StaticServer> {
  const outDirs = {} as ServedSite['outDirs'];
  for (const basePath of basePaths) {
    const build = buildSite(contentDir, { env: { WARTA_BASE_PATH: basePath, WARTA_SITE_URL: siteOrigin } });
    if (build.status !== 0) throw new Error(`building the served site for ${basePath} failed:\n${build.output}`);
    outDirs[basePath] = build.outDir;
  }
  const server = await startNginx(
    basePaths.map((basePath) => ({ dir: outDirs[basePath], basePath })),
    { headers: { ...securityHeaders } },
  );
  return { ...server, outDirs };
}

/**
 * One served site for the whole Vitest run: each project that lists this module as its
 * globalSetup (browser, budgets) gets the same one, built once (the setups run in Vitest's
 * main process, so the promise on globalThis is shared), and nginx stops after the last
 * project's teardown.
 */
const shared = globalThis as typeof globalThis & {
  wartaServedSite?: { site: Promise<ServedSite & StaticServer>; users: number };
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.wartaServedSite ??= { site: buildAndServe(), users: 0 };
  shared.wartaServedSite.users += 1;
  const { origin, outDirs, stop } = await shared.wartaServedSite.site;
  project.provide('servedSite', { origin, outDirs });
  return async () => {
    if (--shared.wartaServedSite!.users === 0) {
      delete shared.wartaServedSite;
      await stop();
    }
  };
}
