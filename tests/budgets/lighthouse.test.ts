import { beforeAll, describe, expect, it } from 'vitest';
import { runLighthouse } from '../support/lighthouse.ts';
import type { LighthouseResult } from '../support/lighthouse.ts';
import { seedSlug } from '../support/seed.ts';
import { servedSite } from '../support/served-site.ts';

/** The pages readers land on; each must score 100 in every category on mobile (median of 3 runs). */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: `/berita/${seedSlug}/` },
  { name: 'search', path: '/cari/?q=tempur' },
];

const server = servedSite();
let results: LighthouseResult[];

beforeAll(async () => {
  results = await runLighthouse(PAGES.map(({ name, path }) => ({ name, url: server.origin + path })));
  for (const result of results) console.log(`Lighthouse ${JSON.stringify(result)}`);
});

describe('Lighthouse (mobile) on the real site', () => {
  it.each(PAGES.map((page) => page.name))('%s scores 100 in performance, accessibility, best practices and SEO', (name) => {
    const result = results.find((r) => r.page === name)!;
    const { performance, accessibility, bestPractices, seo } = result;
    expect({ performance, accessibility, bestPractices, seo }, JSON.stringify(result)).toEqual({
      performance: 100, accessibility: 100, bestPractices: 100, seo: 100,
    });
  });
});
