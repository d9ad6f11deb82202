/**
 * npm run bench [-- --sizes 1000,10000] [--no-lighthouse]
 * Builds synthetic corpora, measures build, page weight and search, runs Lighthouse on
 * the real site, and writes bench/results/results.json, results.md and chart.svg.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownReport } from './report.ts';
import { runBench } from './run.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --sizes takes whole numbers, e.g. 1000,10000 (got "${values.sizes}")`);
  process.exit(2);
}
const results = await runBench(resolve(import.meta.dirname, '..'), sizes, { lighthouse: !values['no-lighthouse'] });
console.log(markdownReport(results));
