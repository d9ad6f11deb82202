import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { buildAndServe, type ServedSite } from '#tests/support/served-site.ts';
import { budgetCorpus } from './corpus.ts';

/** The budgets' site in a test file of the budgets project (whose globalSetup is this module). */
export const budgetSite = (): ServedSite<'/'> => inject('budgetSite');

/**
 * The budgets project's globalSetup: the pages the budgets measure (tests/budgets/corpus.ts),
 * built once for all budget files and served at / by nginx with gzip but without the
 * production security headers: the bytes measured are the pages' own and nginx's headers,
 * as a host that adds no headers of its own (GitHub Pages) sends them. nginx stops when
 * the project is done.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { stop, ...site } = await buildAndServe(await budgetCorpus(), ['/'], {});
  project.provide('budgetSite', site);
  return stop;
}
