import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLighthouse } from '../support/lighthouse.ts';
import type { LighthouseResult } from '../support/lighthouse.ts';
import { buildSite } from '../support/build-site.ts';
import { startNginx, type StaticServer } from '../support/nginx.ts';
import { seedSlug } from '../support/seed.ts';
import { budgetCorpus, photoSlug, sectionPath } from './corpus.ts';

/** The pages readers land on; each must score 100 in every category on mobile (median of 3 runs). */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/berita/${seedSlug}/` },
  { name: 'article with a lead photo', path: `/berita/${photoSlug}/` },
  { name: 'section', path: sectionPath },
  { name: 'search', path: '/cari/?q=tempur' },
];

let server: StaticServer;
let results: LighthouseResult[];

beforeAll(async () => {
  const build = buildSite(await budgetCorpus());
  expect(build.status, build.output).toBe(0);
  server = await startNginx([{ dir: build.outDir, basePath: '/' }]);
  results = await runLighthouse(PAGES.map(({ name, path }) => ({ name, url: server.origin + path })));
  for (const result of results) console.log(`Lighthouse ${JSON.stringify(result)}`);
  // A build and 3 runs on each of 5 pages: 15 minutes on a busy shared machine.
}, 900_000);

afterAll(async () => {
  await server?.stop();
});

describe('Lighthouse (mobile) on the seed article and an article with a lead photo', () => {
  it.each(PAGES.map((page) => page.name))(
    '%s scores 100 in performance, accessibility, best practices and SEO',
    (name) => {
      const result = results.find((r) => r.page === name)!;
      const { performance, accessibility, bestPractices, seo } = result;
      expect({ performance, accessibility, bestPractices, seo }, JSON.stringify(result)).toEqual({
        performance: 100,
        accessibility: 100,
        bestPractices: 100,
        seo: 100,
      });
    },
  );
});
