import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { LighthouseResult } from './results.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Lighthouse (its default: mobile, simulated slow 4G) on each URL in Debian's Chromium,
 * one fresh browser for all, its profile removed afterwards. Scores are 0–100.
 */
export async function runLighthouse(pages: { name: string; url: string }[]): Promise<LighthouseResult[]> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse.'));
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    userDataDir,
    chromeFlags: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const { name, url } of pages) {
      const runner = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = runner?.lhr.categories;
      if (!categories) throw new Error(`Lighthouse returned no result for ${url}`);
      const score = (id: (typeof CATEGORIES)[number]) => Math.round((categories[id]?.score ?? 0) * 100);
      const failed = Object.values(runner.lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
        .map((audit) => audit.id);
      results.push({
        page: name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        ...(failed.length > 0 ? { failedAudits: failed } : {}),
      });
    }
    return results;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
