import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './browser.ts';
import { percentile } from './percentile.ts';
import { CHROMIUM } from './system-tools.ts';

export interface LighthouseResult {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Every run's score per category (the fields above are their medians). */
  runs?: Record<string, number[]>;
  /** Audits that did not pass in some run, to say why a score is below 100. */
  failedAudits?: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Lighthouse (its default: mobile, simulated slow 4G) on each URL in Debian's Chromium,
 * one fresh browser for all, its profile removed afterwards. Scores are 0–100. A score is
 * a sample (timings on a shared 2-core machine wobble), so each page runs `runs` times
 * and each category keeps its median, as Lighthouse's own docs advise.
 */
export async function runLighthouse(
  pages: { name: string; url: string }[],
  { runs = 3 } = {},
): Promise<LighthouseResult[]> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse.'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    userDataDir,
    chromeFlags: [...CHROMIUM_FLAGS],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const { name, url } of pages) {
      const samples: Record<(typeof CATEGORIES)[number], number[]> = {
        performance: [],
        accessibility: [],
        'best-practices': [],
        seo: [],
      };
      const failed = new Set<string>();
      for (let run = 0; run < runs; run++) {
        const runner = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
        const categories = runner?.lhr.categories;
        if (!runner || !categories) throw new Error(`Lighthouse returned no result for ${url}`);
        for (const id of CATEGORIES) samples[id].push(Math.round((categories[id]?.score ?? 0) * 100));
        for (const audit of Object.values(runner.lhr.audits)) {
          const scored = !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode ?? '');
          if (scored && audit.score !== null && audit.score < 1) failed.add(audit.id);
        }
      }
      results.push({
        page: name,
        performance: percentile(samples.performance, 50),
        accessibility: percentile(samples.accessibility, 50),
        bestPractices: percentile(samples['best-practices'], 50),
        seo: percentile(samples.seo, 50),
        runs: samples,
        ...(failed.size > 0 ? { failedAudits: [...failed] } : {}),
      });
    }
    return results;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
