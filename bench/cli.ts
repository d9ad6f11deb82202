/**
 * npm run bench [-- --sizes 1000,10000] [--no-lighthouse] [--corpus <folder>]
 * Builds corpora (synthetic by default; with --corpus, the first N real articles of a folder
 * of seed-format .txt files with INDEX.tsv, see bench/real-corpus.ts), measures build, page weight and search, runs Lighthouse on
 * the real site, and writes bench/results/results.json, results.md and chart.svg.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownReport } from './report.ts';
import { runBench } from './run.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'no-lighthouse': { type: 'boolean', default: false },
    corpus: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`bench: --sizes takes whole numbers, e.g. 1000,10000 (got "${values.sizes}")`);
  process.exit(2);
}
if (values.corpus !== undefined && !existsSync(join(values.corpus, 'INDEX.tsv'))) {
  console.error(
    `bench: --corpus takes a folder of seed-format .txt files with INDEX.tsv (no ${join(values.corpus, 'INDEX.tsv')})`,
  );
  process.exit(2);
}
const results = await runBench(resolve(import.meta.dirname, '..'), sizes, {
  lighthouse: !values['no-lighthouse'],
  ...(values.corpus === undefined ? {} : { corpus: resolve(values.corpus) }),
});
console.log(markdownReport(results));
