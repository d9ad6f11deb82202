import type { LighthouseResult } from '#tests/support/lighthouse.ts';
import type { TransferTotal as Transfer } from '#tests/support/transfer.ts';
import type { RelevanceResult } from './relevance.ts';

export type { Transfer };

export interface CorpusResult {
  /** Number of articles. */
  articles: number;
  /** Wall time of the whole build (site and index). */
  buildMs: number;
  /** Wall time of the Pagefind step alone, as the build logs it. */
  indexMs: number;
  /** Build time per article (whole build / articles). */
  msPerArticle: number;
  peakRssBytes: number;
  output: { bytes: number; files: number };
  index: { bytes: number; files: number };
  pages?: { home: Transfer; article: Transfer; search: Transfer };
  firstSearch?: Transfer;
  secondSearch?: Transfer;
  /** Real corpus only: the search page plus one first query, each in a fresh context. */
  pagePlusFirstQuery?: Record<string, Transfer>;
  /** How many articles the first query matches (what its index chunks must list). */
  firstQueryMatches?: number;
  /** From the last keystroke to the first results on screen (a phone's first screen), over varied queries. */
  keystrokeToResultsMs?: { p50: number; p95: number; samples: number };
  /** From the last keystroke to the whole first page of results on screen. */
  keystrokeToWholePageMs?: { p50: number; p95: number; samples: number };
  /** Bytes each further query fetches, on a page that has searched before. */
  furtherQueryBytes?: { p50: number; p95: number; samples: number };
  /**
   * One article added and the archive rebuilt as `npm run build` does (bench/add-one.ts),
   * three times over: the median wall time and each run's, the fewest pages taken from the
   * last build, and whether the output is byte for byte a clean build's (compared up to
   * 10,000 articles).
   */
  addOne?: { ms: number; runsMs: number[]; reusedPages: number; identicalToClean?: boolean };
  /** Real corpus only: recall@10 on bench/relevance-queries.json. */
  relevance?: RelevanceResult;
  /** Targets missed, each with its measured cause. */
  notes: string[];
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; os: string };
  /** Synthetic (the seed recombined) or real (a folder of real articles passed with --corpus). */
  corpus?: 'synthetic' | 'real';
  corpora: CorpusResult[];
  lighthouse: LighthouseResult[];
}
