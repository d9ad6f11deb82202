import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '#tests/support/browser.ts';
import { startNginx } from '#tests/support/nginx.ts';
import { openIndex } from '#src/search/query/node-search.ts';
import { distinctWords, generateCorpus, writeCorpus } from './corpus.ts';
import { writeRealCorpus } from './real-corpus.ts';
import { measureRelevance } from './relevance.ts';
import { runLighthouse } from '#tests/support/lighthouse.ts';
import { measureBuild, treeSize } from './measure-build.ts';
import { replacedSitesDeleted, writeAddedArticle } from './add-one.ts';
import { reusedPages } from '#tests/support/build-site.ts';
import { treeDifferences } from '#tests/support/tree-diff.ts';
import { markdownReport, svgChart } from './report.ts';
import type { BenchResults, CorpusResult, Transfer } from './results.ts';
import { percentile } from '#tests/support/percentile.ts';
import { timeQuery, type QueryTiming } from './search-timing.ts';
import { recordTransfers } from '#tests/support/transfer.ts';

/** Varied queries a reader might type: stems, names, phrases, and one with no hits. */
export const BENCH_QUERIES = [
  'tempur',
  'korea utara',
  'Peskov',
  'Kursk',
  'Pyongyang',
  'setuju',
  'serangan balasan',
  'Zelensky',
  'pasukan',
  'militer',
  'intelijen',
  'kremlin',
  'bantuan internasional',
  'perbatasan',
  'ratifikasi',
  'keamanan global',
  'pertahanan',
  'eskalasi',
  'legislator',
  'xyzzy',
];

/** The first search a reader makes in the benchmark (then a second, two-word one). */
const FIRST_QUERY = 'tempur';

/** Further searches on real text, for timings and per-query bytes (words of the day in Indonesian news). */
export const REAL_FURTHER_QUERIES = [
  'prabowo',
  'harga beras',
  'timnas',
  'banjir',
  'kpk',
  'pemilu',
  'kecelakaan',
  'saham',
  'bitcoin',
  'haji',
  'cuaca',
  'liga inggris',
  'ganjil genap',
  'gempa bumi',
  'jalan tol',
  'bansos',
  'pilkada',
  'kereta cepat',
  'inflasi',
  'xyzzy',
];

/** First searches on real text, one fresh reader each (the table of issue 12). */
export const REAL_FIRST_QUERIES = [
  'rupiah',
  'harga emas',
  'korupsi',
  'gempa',
  'jokowi',
  'banjir jakarta',
  'pertandingan',
];

/** Targets from the issue, checked against each corpus. */
const TARGETS = {
  buildMs: 60_000,
  peakRssBytes: 2 * 1024 ** 3,
  firstSearchBytes: 150 * 1024,
  p50Ms: 50,
  perArticleGrowth: 1.2,
};

const log = (message: string) => console.log(`[bench] ${message}`);

/** Median and 95th percentile of a measurement's samples. */
const spread = (values: number[]) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  samples: values.length,
});

async function measurePages(browser: Browser, origin: string, articlePath: string) {
  const pageTransfer = async (path: string): Promise<Transfer> => {
    const context = await browser.newContext();
    const recorder = recordTransfers(context);
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const total = await recorder.total();
    await context.close();
    return total;
  };
  return {
    home: await pageTransfer('/'),
    article: await pageTransfer(articlePath),
    search: await pageTransfer('/cari/'),
  };
}

/** Search page plus one first query, in a fresh context: what a new reader pays. */
async function pagePlusFirstQuery(browser: Browser, origin: string, query: string): Promise<Transfer> {
  const context = await browser.newContext();
  const recorder = recordTransfers(context);
  const page = await context.newPage();
  await page.goto(`${origin}/cari/`, { waitUntil: 'networkidle' });
  await timeQuery(page, query);
  await page.waitForLoadState('networkidle');
  const total = await recorder.total();
  await context.close();
  return total;
}

async function measureSearch(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  firstQuery = queries === BENCH_QUERIES ? FIRST_QUERY : queries[0]!,
) {
  const context = await browser.newContext();
  const recorder = recordTransfers(context);
  const page = await context.newPage();
  await page.goto(`${origin}/cari/`, { waitUntil: 'networkidle' });
  await recorder.reset();
  await timeQuery(page, firstQuery);
  await page.waitForLoadState('networkidle');
  const firstSearch = await recorder.total();
  await recorder.reset();
  await timeQuery(page, 'korea utara');
  await page.waitForLoadState('networkidle');
  const secondSearch = await recorder.total();
  const timings: QueryTiming[] = [];
  const bytes: number[] = [];
  for (const query of queries) {
    await recorder.reset();
    timings.push(await timeQuery(page, query));
    await page.waitForLoadState('networkidle');
    bytes.push((await recorder.total()).bytes);
  }
  await context.close();
  return {
    firstSearch,
    secondSearch,
    keystrokeToResultsMs: spread(timings.map((timing) => timing.first)),
    keystrokeToWholePageMs: spread(timings.map((timing) => timing.whole)),
    furtherQueryBytes: spread(bytes),
  };
}

/** Where the articles come from: the synthetic recombination of the seed, or a folder of real text. */
export type CorpusSource = { kind: 'synthetic'; seedText: string } | { kind: 'real'; folder: string };

/** Writes the content folder; returns the first article's slug. */
function writeContent(source: CorpusSource, articles: number, contentDir: string): string {
  if (source.kind === 'real') return writeRealCorpus(source.folder, articles, contentDir)[0]!;
  const corpus = generateCorpus(source.seedText, articles);
  writeCorpus(corpus, contentDir);
  return corpus[0]!.slug;
}

async function benchCorpus(
  repoRoot: string,
  source: CorpusSource,
  articles: number,
  browser: Browser,
): Promise<CorpusResult> {
  const work = mkdtempSync(join(tmpdir(), `warta-bench-${articles}-`));
  try {
    log(`${articles} articles: writing the ${source.kind} corpus in ${work}`);
    const firstSlug = writeContent(source, articles, join(work, 'content'));
    const outDir = join(work, 'dist');
    log(`${articles} articles: building (site and search index)`);
    let rendered = 0;
    const buildEnv = {
      WARTA_CONTENT_DIR: join(work, 'content'),
      WARTA_OUT_DIR: outDir,
      WARTA_CACHE_DIR: join(work, 'cache'),
    };
    const build = await measureBuild(repoRoot, buildEnv, (line) => {
      if (/\[(content|build|search)\]/.test(line) && !line.includes('├─')) log(`  ${line.trim()}`);
      else if (line.includes('├─') && ++rendered % 2000 === 0) log(`  … ${rendered} pages rendered`);
    });
    const indexMatch = /indexed \d+ article\(s\).* in (\d+) ms/.exec(build.log);
    const result: CorpusResult = {
      articles,
      buildMs: Math.round(build.wallMs),
      indexMs: indexMatch ? Number(indexMatch[1]) : NaN,
      msPerArticle: build.wallMs / articles,
      peakRssBytes: build.peakRssBytes,
      output: treeSize(outDir),
      index: treeSize(join(outDir, 'pagefind')),
      notes: [],
    };
    const index = await openIndex(outDir);
    result.firstQueryMatches = await index.count(FIRST_QUERY);
    if (source.kind === 'real') result.relevance = await measureRelevance(outDir, articles);
    log(`${articles} articles: built in ${(result.buildMs / 1000).toFixed(1)} s, serving it to Chromium`);
    const server = await startNginx([{ dir: outDir, basePath: '/' }]);
    try {
      result.pages = await measurePages(browser, server.origin, `/berita/${firstSlug}/`);
      Object.assign(
        result,
        await measureSearch(browser, server.origin, source.kind === 'real' ? REAL_FURTHER_QUERIES : BENCH_QUERIES),
      );
      if (source.kind === 'real') {
        result.pagePlusFirstQuery = {};
        for (const query of REAL_FIRST_QUERIES)
          result.pagePlusFirstQuery[query] = await pagePlusFirstQuery(browser, server.origin, query);
      }
    } finally {
      await server.stop();
    }
    result.addOne = await measureAddOne(repoRoot, articles, buildEnv, join(work, 'reference'));
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Archives this size or smaller are built once more, clean, to compare with the rebuilds. */
const COMPARE_UP_TO = 10_000;
/** Articles added one after another, each followed by a rebuild: the machine's speed varies from minute to minute. */
const ADDED_ARTICLES = 3;

/**
 * Adds one article to the archive of `articles` just built (bench/add-one.ts) and
 * rebuilds it as `npm run build` does, into the same output folder with the same cache,
 * ADDED_ARTICLES times, each once the site the last one replaced is deleted; up to
 * COMPARE_UP_TO articles, compares the last result with a clean build of the same content
 * (into `referenceDir`), byte for byte.
 */
async function measureAddOne(
  repoRoot: string,
  articles: number,
  buildEnv: { WARTA_CONTENT_DIR: string; WARTA_OUT_DIR: string; WARTA_CACHE_DIR: string },
  referenceDir: string,
): Promise<NonNullable<CorpusResult['addOne']>> {
  const articlesDir = join(buildEnv.WARTA_CONTENT_DIR, 'articles');
  const runs: { ms: number; reusedPages: number }[] = [];
  for (let nth = 0; nth < ADDED_ARTICLES; nth++) {
    await replacedSitesDeleted(buildEnv.WARTA_OUT_DIR);
    writeAddedArticle(articlesDir, nth);
    const rebuild = await measureBuild(repoRoot, buildEnv);
    runs.push({ ms: Math.round(rebuild.wallMs), reusedPages: reusedPages(rebuild.log).length });
    log(
      `${articles} articles: added one in ${(rebuild.wallMs / 1000).toFixed(1)} s, ${runs.at(-1)!.reusedPages} pages reused`,
    );
  }
  const runsMs = runs.map((run) => run.ms);
  const addOne: NonNullable<CorpusResult['addOne']> = {
    ms: spread(runsMs).p50,
    runsMs,
    reusedPages: Math.min(...runs.map((run) => run.reusedPages)),
  };
  if (articles <= COMPARE_UP_TO) {
    await measureBuild(repoRoot, {
      ...buildEnv,
      WARTA_OUT_DIR: referenceDir,
      WARTA_CACHE_DIR: `${referenceDir}-cache`,
    });
    addOne.identicalToClean = treeDifferences(buildEnv.WARTA_OUT_DIR, referenceDir).length === 0;
  }
  return addOne;
}

function checkTargets(corpora: CorpusResult[], vocabulary: number): void {
  const [small, large] = [corpora[0]!, corpora.at(-1)!];
  for (const c of corpora.filter((c) => c.articles >= 10_000)) {
    if (c.buildMs > TARGETS.buildMs) c.notes.push(`build plus index ${(c.buildMs / 1000).toFixed(1)} s > 60 s`);
    if (c.peakRssBytes > TARGETS.peakRssBytes)
      c.notes.push(`peak RSS ${(c.peakRssBytes / 1024 ** 2).toFixed(0)} MiB > 2 GiB`);
    // Pagefind loads, for each query word, the index chunk listing every page that has it.
    const breadth = `"${FIRST_QUERY}" is in ${c.firstQueryMatches} of ${c.articles} articles: the corpus recombines the seed's ${vocabulary} distinct words, so every word's chunk lists most pages`;
    if (c.firstSearch && c.firstSearch.bytes > TARGETS.firstSearchBytes)
      c.notes.push(`first search ${(c.firstSearch.bytes / 1024).toFixed(1)} KB > 150 KB; ${breadth}`);
    if (c.keystrokeToResultsMs && c.keystrokeToResultsMs.p50 > TARGETS.p50Ms)
      c.notes.push(
        `p50 keystroke to results ${c.keystrokeToResultsMs.p50.toFixed(0)} ms > 50 ms: those chunks are fetched and decoded on each query; ${breadth}`,
      );
  }
  if (large !== small && large.msPerArticle > small.msPerArticle * TARGETS.perArticleGrowth) {
    large.notes.push(
      `per-article cost ${large.msPerArticle.toFixed(2)} ms is ${(large.msPerArticle / small.msPerArticle).toFixed(2)}x that at ${small.articles} (> 1.2x)`,
    );
  }
}

/** Runs the whole benchmark and writes bench/results/results.{json,md} and bench/results/chart.svg. */
export async function runBench(
  repoRoot: string,
  sizes: number[],
  { lighthouse = true, corpus }: { lighthouse?: boolean; corpus?: string } = {},
): Promise<BenchResults> {
  const seedText = readFileSync(join(repoRoot, 'content/sources/000_872a19423decc652.txt'), 'utf8');
  const source: CorpusSource =
    corpus === undefined ? { kind: 'synthetic', seedText } : { kind: 'real', folder: corpus };
  const browser = await launchBrowser();
  const corpora: CorpusResult[] = [];
  try {
    for (const size of sizes) corpora.push(await benchCorpus(repoRoot, source, size, browser));
  } finally {
    await browser.close();
  }
  if (source.kind === 'synthetic') checkTargets(corpora, distinctWords(seedText));
  let lighthouseResults: BenchResults['lighthouse'] = [];
  if (lighthouse) {
    log('Lighthouse (mobile) on the real site');
    const work = mkdtempSync(join(tmpdir(), 'warta-bench-site-'));
    try {
      await measureBuild(repoRoot, { WARTA_OUT_DIR: join(work, 'dist'), WARTA_CACHE_DIR: join(work, 'cache') });
      const server = await startNginx([{ dir: join(work, 'dist'), basePath: '/' }]);
      try {
        const slug = readdirSync(join(repoRoot, 'content/articles'))
          .find((f) => f.endsWith('.md'))!
          .replace(/\.md$/, '');
        lighthouseResults = await runLighthouse([
          { name: 'home', url: `${server.origin}/` },
          { name: 'article', url: `${server.origin}/berita/${slug}/` },
          { name: 'search', url: `${server.origin}/cari/?q=tempur` },
        ]);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const cpu = cpus()[0];
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    machine: {
      cpus: cpus().length,
      cpuModel: cpu?.model.trim() ?? 'unknown CPU',
      memoryGiB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      os: `Linux ${release()}`,
    },
    corpus: source.kind === 'real' ? 'real' : 'synthetic',
    corpora,
    lighthouse: lighthouseResults,
  };
  const benchDir = join(repoRoot, 'bench', 'results');
  // A real-corpus run writes beside the synthetic results, never over them.
  const name = source.kind === 'real' ? 'real-' : '';
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(join(benchDir, `${name}results.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(benchDir, `${name}results.md`), markdownReport(results));
  writeFileSync(join(benchDir, `${name}chart.svg`), svgChart(corpora));
  return results;
}
