import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build and browser tests run real Astro builds, nginx and Chromium on 2 cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
    // Browser tests poll the page; a cold search takes about 1 s on a quiet 2-core machine
    // and several on a busy one. Only tests/budgets/ judges speed.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
