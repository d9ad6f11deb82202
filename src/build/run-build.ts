import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { constants } from 'node:os';
import { linkTree } from '../lib/link-tree.ts';
import { BUNDLE_DIR } from '../search/config.ts';
import { loadSiteConfig } from '../site.config.ts';
import { linkAstroOutDir } from './astro-out-link.ts';
import { acquireCheckoutLock } from './checkout-lock.ts';
import { BUILD_MARKER, checkOutputFolder } from './output-folder.ts';
import { createStaging, publishStaging, recoverAbandonedBuilds } from './publish.ts';
import { cachedPagesDir, dropUnusedPages, linkCachedPages, REUSED_PAGES_ENV } from './reuse-pages.ts';

export interface BuildRun {
  /** The project root (holds astro.config.mjs and scripts/). */
  projectRoot: string;
  /** Working directory: relative WARTA_* folders are resolved against it. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** How a build ended: an exit status, or the signal that stopped it (to re-raise). */
export type BuildOutcome = { status: number } | { signal: NodeJS.Signals };

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** A step still running this long after being told to stop is killed outright. */
const KILL_AFTER_MS = 15_000;
const ORPHAN_CHECK_MS = 250;

/** In the staging folder: the live site's search index, linked for the index step. */
const PREVIOUS_INDEX = '.warta-previous-index';

const log = (message: string) => console.error(`[build] ${message}`);

/**
 * `npm run build`: refuses an unsafe output folder, then runs `astro build` and the
 * search index step (scripts/index-search.ts), each in a child process of its own, into
 * a staging folder beside the output, and swaps that in only when both succeeded.
 * SIGINT, SIGTERM and SIGHUP are passed on to the running step's whole process group;
 * the build waits for it to end, removes the staging folder and reports the signal,
 * leaving the previous site as it was. It does the same when its parent process dies.
 */
export async function runBuild({ projectRoot, cwd, env }: BuildRun): Promise<BuildOutcome> {
  let outDir: string;
  let cacheDir: string;
  try {
    const config = loadSiteConfig(env);
    outDir = resolve(cwd, config.outDir);
    // Astro resolves its cacheDir against the project root.
    cacheDir = resolve(projectRoot, config.cacheDir);
    checkOutputFolder(outDir, { projectRoot, contentDir: resolve(cwd, config.contentDir) });
  } catch (error) {
    log((error as Error).message);
    return { status: 1 };
  }

  let stoppedBy: NodeJS.Signals | undefined;
  let running: ChildProcess | undefined;
  const stop = (signal: NodeJS.Signals) => {
    if (stoppedBy) return;
    stoppedBy = signal;
    const pid = running?.pid;
    if (pid === undefined) return;
    killGroup(pid, signal);
    setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_AFTER_MS).unref();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  // npm passes a SIGTERM (a CI timeout, `kill`) on to the process it runs the script in,
  // which package.json's `exec` makes this one. If npm is killed outright it passes on
  // nothing: a new parent process means whoever started the build is gone, so it stops
  // as if signalled.
  const parentPid = process.ppid;
  const orphanWatch = setInterval(() => process.ppid !== parentPid && stop('SIGTERM'), ORPHAN_CHECK_MS);

  /** Runs a step in a process group of its own; its exit status. */
  async function runStep(step: { cwd: string; args: string[] }, stepEnv: NodeJS.ProcessEnv): Promise<number> {
    running = spawn(process.execPath, step.args, { cwd: step.cwd, env: stepEnv, stdio: 'inherit', detached: true });
    try {
      return await exitOf(running);
    } finally {
      running = undefined;
    }
  }

  /** Runs `task` holding the checkout's build lock (checkout-lock.ts); `undefined` if stopped while waiting. */
  async function holdingCheckout(task: () => Promise<number>): Promise<number | undefined> {
    const release = await acquireCheckoutLock(projectRoot, {
      stopped: () => stoppedBy !== undefined,
      onWait: (pid) => log(`waiting for the build already running from this checkout (pid ${pid})`),
    });
    if (!release) return undefined;
    try {
      return stoppedBy ? undefined : await task();
    } finally {
      release();
    }
  }

  let staging: string | undefined;
  try {
    mkdirSync(dirname(outDir), { recursive: true });
    recoverAbandonedBuilds(outDir);
    staging = createStaging(outDir);
    // The live site's search index, linked into the staging folder while Astro runs: the
    // index step takes its unchanged shelves from there (build-index.ts).
    const previousIndex =
      existsSync(join(outDir, BUILD_MARKER)) && existsSync(join(outDir, BUNDLE_DIR))
        ? join(staging, PREVIOUS_INDEX)
        : undefined;
    const steps = [
      {
        name: 'astro build',
        holdsCheckout: true,
        cwd,
        args: [
          '--experimental-strip-types',
          // Pages are written as new files, never into the reused ones, and the cache copy of a page is
          // the page itself (page-writes.ts).
          '--import',
          pathToFileURL(join(projectRoot, 'src/build/page-writes.ts')).href,
          // The sitemap's sort, 20 times faster.
          '--import',
          pathToFileURL(join(projectRoot, 'src/build/cached-collators.ts')).href,
          join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
          'build',
          '--root',
          projectRoot,
        ],
      },
      {
        name: 'search index',
        holdsCheckout: false,
        cwd: projectRoot,
        // A previous build's unchanged shelves are copied, not indexed again (docs/search.md).
        args: [
          '--experimental-strip-types',
          join(projectRoot, 'scripts/index-search.ts'),
          ...(previousIndex ? ['--previous', previousIndex] : []),
        ],
      },
    ];
    for (const step of steps) {
      if (stoppedBy) break;
      const status = step.holdsCheckout
        ? await holdingCheckout(async () => {
            // The last build's pages, linked from Astro's cache while Astro starts: it need
            // not copy them (reuse-pages.ts).
            const linking = linkCachedPages(cacheDir, staging!);
            const linkingIndex = previousIndex
              ? mkdir(previousIndex).then(() => linkTree(join(outDir, BUNDLE_DIR), join(previousIndex, BUNDLE_DIR)))
              : undefined;
            const linked = Promise.all([linking, linkingIndex]);
            // Awaited below, once Astro is done; a failure until then is not an unhandled one.
            linked.catch(() => {});
            // Astro writes through a link whose path never changes (astro-out-link.ts).
            const link = linkAstroOutDir(projectRoot, staging!, cwd);
            try {
              const status = await runStep(step, {
                ...env,
                WARTA_OUT_DIR: link.path,
                [REUSED_PAGES_ENV]: cachedPagesDir(cacheDir),
              });
              if (status === 0) dropUnusedPages(cacheDir, staging!, await linking);
              return status;
            } finally {
              link.remove();
              await linked;
            }
          })
        : await runStep(step, { ...env, WARTA_OUT_DIR: staging });
      if (stoppedBy || status === undefined) break;
      if (status !== 0) {
        log(`${step.name} failed (exit status ${status}); ${outDir} is unchanged`);
        return { status: status || 1 };
      }
    }
    if (stoppedBy) {
      log(`stopped by ${stoppedBy}; ${outDir} is unchanged`);
      return { signal: stoppedBy };
    }
    publishStaging(staging, outDir);
    log(`published ${outDir}`);
    return { status: 0 };
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
    for (const signal of STOP_SIGNALS) process.off(signal, stop);
    clearInterval(orphanWatch);
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** The step's exit status (128 + the signal's number if a signal ended it). */
function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      // Nothing the step started may outlive it.
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
      resolvePromise(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
