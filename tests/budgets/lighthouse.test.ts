import { beforeAll, describe, expect, it } from 'vitest';
import { runLighthouse } from '#tests/support/lighthouse.ts';
import type { LighthouseResult } from '#tests/support/lighthouse.ts';
import { seedSlug } from '#tests/support/seed.ts';
import { correctedSlug, photoSlug, sectionPath, withdrawnSlug } from './corpus.ts';
import { budgetSite } from './served-site.ts';

/** The pages readers land on; each must score 100 in every category on mobile (median of 3 runs). */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/berita/${seedSlug}/` },
  { name: 'article with a lead photo', path: `/berita/${photoSlug}/` },
  { name: 'section', path: sectionPath },
  { name: 'search', path: '/cari/?q=tempur' },
  { name: 'article with a correction', path: `/berita/${correctedSlug}/` },
  { name: 'corrections log', path: '/koreksi/' },
  // As a host that cannot answer 410 serves it (Lighthouse does not audit a 410 page):
  // its file, which nginx's map of withdrawn URLs does not name.
  { name: "a withdrawn report's notice", path: `/berita/${withdrawnSlug}/index.html` },
];

/** The notice is not for search engines: it carries noindex, which Lighthouse's SEO category counts against it. */
const NOT_FOR_SEARCH_ENGINES = new Set(["a withdrawn report's notice"]);

const server = budgetSite();
let results: LighthouseResult[];

beforeAll(async () => {
  results = await runLighthouse(PAGES.map(({ name, path }) => ({ name, url: server.origin + path })));
  for (const result of results) console.log(`Lighthouse ${JSON.stringify(result)}`);
  // 3 runs on each of 8 pages: up to 24 minutes on a busy shared machine.
}, 1_440_000);

describe('Lighthouse (mobile) on the pages readers land on, search with a query included', () => {
  it.each(PAGES.map((page) => page.name))(
    '%s scores 100 in performance, accessibility, best practices and SEO',
    (name) => {
      const result = results.find((r) => r.page === name)!;
      const { performance, accessibility, bestPractices, seo } = result;
      const scores = { performance, accessibility, bestPractices, ...(!NOT_FOR_SEARCH_ENGINES.has(name) && { seo }) };
      expect(scores, JSON.stringify(result)).toEqual({
        performance: 100,
        accessibility: 100,
        bestPractices: 100,
        ...(!NOT_FOR_SEARCH_ENGINES.has(name) && { seo: 100 }),
      });
    },
  );
});
