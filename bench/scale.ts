/**
 * npm run bench:scale -- --content <folder with articles/> [--label "10,000 real"]
 *   [--synthetic N] [--no-add-one]
 *
 * Build at scale (issue 13): a clean `npm run build` of a big archive (wall time and peak
 * RSS of the whole process tree, with Astro's and the search index's share), then adding
 * one article and rebuilding incrementally from the cache the first build left, into the
 * same output folder as a newsroom's `npm run build` does (so the index step copies the
 * unchanged shelves of the index), and whether that output is byte for
 * byte a clean build of the same content (a third, clean build). Appends the figures to
 * bench/results/scale.json and scale.md. The content folder is copied, never changed.
 * `--synthetic N` generates N synthetic articles instead (bench/corpus.ts).
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { reusedPages } from '#tests/support/build-site.ts';
import { treeDifferences } from '#tests/support/tree-diff.ts';
import { writeAddedArticle } from './add-one.ts';
import { generateCorpus, writeCorpus } from './corpus.ts';
import { measureBuild, type BuildMeasurement } from './measure-build.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    synthetic: { type: 'string' },
    label: { type: 'string' },
    'no-add-one': { type: 'boolean', default: false },
    /** Where the work folders go (big archives need room: /tmp may be small). */
    work: { type: 'string', default: tmpdir() },
  },
});
if (!values.content === !values.synthetic) {
  console.error('bench:scale: give --content <folder> (holding articles/) or --synthetic <count>');
  process.exit(2);
}

const log = (message: string) => console.log(`[bench:scale] ${message}`);
const work = mkdtempSync(join(values.work, 'warta-scale-'));
const content = join(work, 'content');
if (values.content) {
  log(`copying ${values.content} to ${content}`);
  cpSync(join(values.content, 'articles'), join(content, 'articles'), { recursive: true });
} else {
  const seed = readFileSync(join(repoRoot, 'content/sources/000_872a19423decc652.txt'), 'utf8');
  writeCorpus(generateCorpus(seed, Number(values.synthetic)), content);
}
const articles = readdirSync(join(content, 'articles')).filter((file) => file.endsWith('.md')).length;
const label = values.label ?? `${articles} articles`;

/** The build's own timings: Astro's "N page(s) built in X s" and the indexer's line. */
function phases(build: BuildMeasurement) {
  const text = stripVTControlCharacters(build.log);
  // Astro writes "123ms", "12.34s" or "2m 5s".
  const astro = /(\d+) page\(s\) built in (?:(\d+)m )?([\d.]+)(m?s)/.exec(text);
  const index = /indexed \d+ article\(s\).* in (\d+) ms/.exec(text);
  return {
    wallMs: Math.round(build.wallMs),
    peakRssMiB: Math.round(build.peakRssBytes / 1024 ** 2),
    pages: astro ? Number(astro[1]) : NaN,
    astroMs: astro
      ? Math.round(Number(astro[2] ?? 0) * 60_000 + Number(astro[3]) * (astro[4] === 's' ? 1000 : 1))
      : NaN,
    indexMs: index ? Number(index[1]) : NaN,
    restoredPages: reusedPages(build.log).length,
  };
}

/** Builds into <work>/<folder> (default: <work>/<name>) with the given cache. */
function build(name: string, cache: string, folder = name) {
  log(`${label}: ${name}`);
  const outDir = join(work, folder);
  return measureBuild(repoRoot, { WARTA_CONTENT_DIR: content, WARTA_OUT_DIR: outDir, WARTA_CACHE_DIR: cache }).then(
    (measured) => ({
      outDir,
      ...phases(measured),
    }),
  );
}

try {
  const clean = await build('clean', join(work, 'cache'));
  log(`${label}: clean build ${JSON.stringify(clean)}`);
  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    label,
    articles,
    clean: { ...clean, outDir: undefined },
  };
  if (!values['no-add-one']) {
    writeAddedArticle(join(content, 'articles'));
    const addOne = await build('add-one', join(work, 'cache'), 'clean');
    log(`${label}: add one, incremental ${JSON.stringify(addOne)}`);
    const reference = await build('reference', join(work, 'cache-reference'));
    const differences = treeDifferences(addOne.outDir, reference.outDir);
    log(
      `${label}: incremental vs clean: ${differences.length === 0 ? 'identical' : differences.slice(0, 20).join('\n')}`,
    );
    Object.assign(result, {
      addOne: { ...addOne, outDir: undefined },
      identicalToClean: differences.length === 0,
      differences: differences.slice(0, 20),
    });
  }
  const resultsDir = join(repoRoot, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const jsonFile = join(resultsDir, 'scale.json');
  const all = existsSync(jsonFile) ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as unknown[]) : [];
  writeFileSync(jsonFile, `${JSON.stringify([...all, result], null, 2)}\n`);
  const seconds = (ms: unknown) => `${((ms as number) / 1000).toFixed(1)} s`;
  const c = clean;
  const a = result.addOne as typeof clean | undefined;
  appendFileSync(
    join(resultsDir, 'scale.md'),
    `| ${result.date!.toString().slice(0, 10)} | ${label} | ${seconds(c.wallMs)} (Astro ${seconds(c.astroMs)}, index ${seconds(c.indexMs)}) | ${c.peakRssMiB} MiB | ${(c.wallMs / articles).toFixed(2)} ms | ` +
      (a
        ? `${seconds(a.wallMs)} (Astro ${seconds(a.astroMs)}, ${a.restoredPages} of ${a.pages} pages reused; index ${seconds(a.indexMs)}) | ${result.identicalToClean ? 'yes' : 'NO'} |\n`
        : '– | – |\n'),
  );
  log('results appended to bench/results/scale.json and scale.md');
} finally {
  rmSync(work, { recursive: true, force: true });
}
