import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { securityHeaders } from '#deploy/http-headers.ts';
import { buildSite } from './build-site.ts';
import { discoveryCorpus } from './discovery-corpus.ts';
import { startNginx, type StaticServer } from './nginx.ts';

/** The origin the builds are made for; link checks map it onto the nginx origin. */
export const siteOrigin = 'https://warta.test';

/** The two deployments every served check covers: at the root and under a sub-path. */
export const basePaths = ['/', '/warta/'] as const;

type BasePath = (typeof basePaths)[number];

/** What the tests get of a served site: where nginx answers and what it serves. */
export interface ServedSite<P extends BasePath = BasePath> {
  /** "http://127.0.0.1:PORT": each build is served at its base path. */
  origin: string;
  /** The built folder of each base path. */
  outDirs: Record<P, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser project's site: tests/support/served-site.ts. */
    servedSite: ServedSite;
    /** The budgets project's site, at / only: tests/budgets/served-site.ts. */
    budgetSite: ServedSite<'/'>;
  }
}

/** The served site in a test file of the browser project (whose globalSetup is this module). */
export const servedSite = (): ServedSite => inject('servedSite');

/**
 * Builds a content folder for each of the given base paths and serves the builds from one
 * nginx, with the production headers unless told otherwise (so the header CSP, with
 * frame-ancestors, applies on top of the <meta> one, as on a configured host).
 */
export async function buildAndServe<P extends BasePath>(
  contentDir: string,
  paths: readonly P[],
  headers: Record<string, string> = { ...securityHeaders },
): Promise<ServedSite<P> & StaticServer> {
  const outDirs = {} as Record<P, string>;
  for (const basePath of paths) {
    const build = buildSite(contentDir, { env: { WARTA_BASE_PATH: basePath, WARTA_SITE_URL: siteOrigin } });
    if (build.status !== 0) throw new Error(`building the served site for ${basePath} failed:\n${build.output}`);
    outDirs[basePath] = build.outDir;
  }
  const server = await startNginx(
    paths.map((basePath) => ({ dir: outDirs[basePath], basePath })),
    { headers },
  );
  return { ...server, outDirs };
}

/**
 * The browser project's globalSetup: one served site for all its test files, built once
 * per run: the deploy corpus (the real content, an article with every optional field and
 * a lead photo, a draft: tests/support/discovery-corpus.ts) for / and /warta/, with the
 * production headers. nginx stops when the project is done.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { stop, ...site } = await buildAndServe(await discoveryCorpus(), basePaths);
  project.provide('servedSite', site);
  return stop;
}
