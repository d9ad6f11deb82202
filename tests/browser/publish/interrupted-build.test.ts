/**
 * Issue 10, case 2: `npm run build` stopped at any point (a CI timeout killing npm,
 * Ctrl-C in a terminal) leaves the previous site whole, served and searchable, and no
 * process of the stopped build running.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleMarkdown } from '#tests/support/article-fixture.ts';
import { launchBrowser } from '#tests/support/browser.ts';
import { astroEnv, makeContentDir, repoRoot } from '#tests/support/build-site.ts';
import { startNginx, type StaticServer } from '#tests/support/nginx.ts';
import { snapshotTree } from '#tests/support/tree.ts';

const work = mkdtempSync(join(tmpdir(), 'warta-interrupted-'));
const outDir = join(work, 'situs', 'dist');
const env = astroEnv({ WARTA_OUT_DIR: outDir, WARTA_CACHE_DIR: join(work, 'cache') });

/** `count` articles whose titles and bodies carry `word`, for a search to find. */
function articles(word: string, count: number, from = 0): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `${word}-${from + i}.md`,
      articleMarkdown({
        title: `Laporan ${word} nomor ${from + i}`,
        pubDate: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00+07:00`,
        tags: [`Topik ${i % 5}`],
        body: `Hari ini kabar tentang ${word} datang dari kota nomor ${from + i}.\n\nParagraf kedua menyebut ${word} lagi.`,
      }),
    ]),
  );
}

const contentDir = makeContentDir(articles('zamrud', 20));

/**
 * Processes of this test's builds still alive: every step carries its content folder in
 * its environment (not always its output folder: Astro writes through a link,
 * src/publish/astro-out-link.ts).
 */
function buildProcesses(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (`\0${readFileSync(`/proc/${entry}/environ`, 'latin1')}`.includes(`\0WARTA_CONTENT_DIR=${contentDir}\0`))
        pids.push(Number(entry));
    } catch {
      // Gone already, or not ours.
    }
  }
  return pids;
}

function isIndexing(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('index-search.ts');
  } catch {
    return false;
  }
}

/** The staging folder of the running build, once it exists. */
const staging = () =>
  readdirSync(join(work, 'situs'))
    .filter((name) => name.includes('warta-staging'))
    .map((name) => join(work, 'situs', name))[0];

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/**
 * Runs `npm run build` as an operator would (its own process group, like a terminal
 * job), calls `stopWhen` with its output so far every 50 ms until it returns a target,
 * sends it the signal, and resolves once npm has exited.
 */
function interruptedBuild(
  stopWhen: (output: string) => 'npm' | 'group' | undefined,
  signal: NodeJS.Signals,
): Promise<Run & { stopped: boolean }> {
  return new Promise((resolve, reject) => {
    const npm = spawn('npm', ['run', 'build'], {
      cwd: repoRoot,
      env: { ...env, WARTA_CONTENT_DIR: contentDir },
      detached: true,
    });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += chunk));
    npm.stderr.on('data', (chunk) => (output += chunk));
    let stopped = false;
    const poll = setInterval(() => {
      const target = stopWhen(output);
      if (!target) return;
      stopped = true;
      clearInterval(poll);
      // 'npm': a CI runner or `kill` stops npm alone; 'group': Ctrl-C reaches the whole job.
      process.kill(target === 'npm' ? npm.pid! : -npm.pid!, signal);
    }, 50);
    npm.on('error', reject);
    npm.on('close', (status, exitSignal) => {
      clearInterval(poll);
      resolve({ status, signal: exitSignal, output, stopped });
    });
  });
}

let published: Record<string, string>;
let browser: Browser;
let server: StaticServer | undefined;

beforeAll(async () => {
  const first = await interruptedBuild(() => undefined, 'SIGTERM');
  expect(first.status, first.output).toBe(0);
  published = snapshotTree(outDir);
  expect(Object.keys(published)).toContain('pagefind/pagefind.js');
  // The next builds have more and other content: a partly swapped site would show it.
  for (const [name, text] of Object.entries(articles('safir', 60)))
    writeFileSync(join(contentDir, 'articles', name), text);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** After a stop: nothing of the build still running, the site as published, nothing left beside it. */
async function expectPreviousSiteWhole(run: Run & { stopped: boolean }): Promise<void> {
  expect(run.stopped, run.output).toBe(true);
  expect(run.output).not.toMatch(/\[build\] published/);
  await expect.poll(buildProcesses, { timeout: 30_000 }).toEqual([]);
  expect(snapshotTree(outDir)).toEqual(published);
  expect(readdirSync(join(work, 'situs'))).toEqual(['dist']);
}

describe('a stopped build leaves the previous site whole', () => {
  it('stopped early (npm killed by a CI timeout)', async () => {
    const started = Date.now();
    const run = await interruptedBuild(() => (Date.now() - started > 1500 ? 'npm' : undefined), 'SIGTERM');
    await expectPreviousSiteWhole(run);
  });

  it('stopped while pages are written (Ctrl-C)', async () => {
    const run = await interruptedBuild(() => {
      const folder = staging();
      return folder && existsSync(join(folder, 'berita')) ? 'group' : undefined;
    }, 'SIGINT');
    await expectPreviousSiteWhole(run);
    expect(run.output).toMatch(/stopped by SIGINT/);
  });

  it('stopped while the search index is built (npm killed)', async () => {
    // The index step's process starts with Astro's (src/publish/run-build.ts): it indexes once Astro is done.
    const run = await interruptedBuild(
      (output) => (output.includes('[build] Complete!') && buildProcesses().some(isIndexing) ? 'npm' : undefined),
      'SIGTERM',
    );
    await expectPreviousSiteWhole(run);
    expect(run.output).toMatch(/\[build\] Complete!/);
  });

  it('the previous site is then served by nginx and searchable in Chromium', async () => {
    server = await startNginx([{ dir: outDir, basePath: '/' }]);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/cari/?q=zamrud`);
    await expect.poll(() => page.locator('#cari-status').textContent()).toBe('20 hasil untuk “zamrud”');
    await page.close();
  });

  it('and the next build that runs to its end replaces it', async () => {
    const run = await interruptedBuild(() => undefined, 'SIGTERM');
    expect(run.status, run.output).toBe(0);
    expect(readdirSync(join(outDir, 'berita'))).toHaveLength(80);
    // The replaced site is deleted by a process of its own once the new one is in place (publish.ts).
    await expect.poll(() => readdirSync(join(work, 'situs')), { timeout: 60_000 }).toEqual(['dist']);
  });
});
