/**
 * npm run --silent search -- "<query>" [--topik <slug>] [--kategori <slug>] [--urut terbaru|terlama] [--batas <n>]
 *
 * Prints the results of one query against the built index in WARTA_OUT_DIR (default
 * dist/) as a JSON array of { url, title, date, excerpt, matches }, for scripts, tests
 * and anyone checking the index without a browser. URLs carry WARTA_BASE_PATH.
 * Exit status: 0 with results or none, 1 without an index, 2 on a usage error.
 */
import { parseArgs } from 'node:util';
import { loadSiteConfig } from '#src/site.config.ts';
import { MissingIndexError, openIndex, type NodeSearchOptions } from '#src/search/query/node-search.ts';

const USAGE =
  'usage: npm run --silent search -- "<query>" [--topik <slug>] [--kategori <slug>] [--urut terbaru|terlama] [--batas <n>]';

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      topik: { type: 'string' },
      kategori: { type: 'string' },
      urut: { type: 'string' },
      batas: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  usageError((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const query = positionals.join(' ').trim();
if (!query) usageError('search: give a query');

const options: NodeSearchOptions = { filters: {} };
if (values.topik) options.filters!.topik = values.topik;
if (values.kategori) options.filters!.kategori = values.kategori;
if (values.urut === 'terbaru') options.sort = 'newest';
else if (values.urut === 'terlama') options.sort = 'oldest';
else if (values.urut !== undefined) usageError(`search: --urut is "terbaru" or "terlama", not "${values.urut}"`);
if (values.batas !== undefined) {
  options.limit = Number(values.batas);
  if (!Number.isInteger(options.limit) || options.limit < 1)
    usageError(`search: --batas must be a positive whole number`);
}

const site = loadSiteConfig();
try {
  const index = await openIndex(site.outDir, { baseUrl: site.basePath });
  const hits = await index.search(query, options);
  const output = hits.map(({ url, title, date, excerpt, matches }) => ({ url, title, date, excerpt, matches }));
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
} catch (error) {
  if (!(error instanceof MissingIndexError)) throw error;
  process.stderr.write(`search: ${error.message}\n`);
  process.exit(1);
}
