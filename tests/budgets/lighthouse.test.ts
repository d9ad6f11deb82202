import { beforeAll, describe, expect, it } from 'vitest';
import { runLighthouse } from '#tests/support/lighthouse.ts';
import type { LighthouseResult } from '#tests/support/lighthouse.ts';
import { seedSlug } from '#tests/support/seed.ts';
import { photoSlug, sectionPath } from './corpus.ts';
import { budgetSite } from './served-site.ts';

/** The pages readers land on; each must score 100 in every category on mobile (median of 3 runs). */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/berita/${seedSlug}/` },
  { name: 'article with a lead photo', path: `/berita/${photoSlug}/` },
  { name: 'section', path: sectionPath },
  { name: 'search', path: '/cari/?q=tempur' },
];

const server = budgetSite();
let results: LighthouseResult[];

beforeAll(async () => {
  results = await runLighthouse(PAGES.map(({ name, path }) => ({ name, url: server.origin + path })));
  for (const result of results) console.log(`Lighthouse ${JSON.stringify(result)}`);
  // 3 runs on each of 5 pages: up to 15 minutes on a busy shared machine.
}, 900_000);

describe('Lighthouse (mobile) on the pages readers land on, search with a query included', () => {
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
