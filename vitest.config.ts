import { defineConfig } from 'vitest/config';

/**
 * One run, four projects, one folder each (tests/<project>/, mirroring src/; shared helpers
 * in tests/support/). Timeouts allow a busy 2-core machine (builds, nginx and Chromium share
 * it with whatever else runs); only the budgets judge speed, and they run last, one file at
 * a time, once everything else has finished.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    // Browser tests poll the page; a cold search takes about 1 s on a quiet 2-core machine
    // and several on a busy one.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The ingest CLI tests start Node; a loaded machine takes seconds for that.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Builds the deploy corpus for / and /warta/ once and serves it with nginx.
          globalSetup: ['tests/support/served-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'budgets',
          include: ['tests/budgets/**/*.test.ts'],
          // Builds the pages the budgets measure once and serves them with nginx.
          globalSetup: ['tests/budgets/served-site.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          // Lighthouse loads each page three times in a beforeAll.
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
