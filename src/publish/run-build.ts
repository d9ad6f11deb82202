import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { linkTree } from '#src/files/link-tree.ts';
import { BUNDLE_DIR } from '#src/search/config.ts';
import { loadSiteConfig } from '#src/site.config.ts';
import { linkAstroOutDir } from './astro-out-link.ts';
import { acquireCheckoutLock } from './checkout-lock.ts';
import { BUILD_MARKER, checkOutputFolder } from './output-folder.ts';
import { createStaging, publishStaging, recoverAbandonedBuilds } from './publish.ts';
import { type Step, stepProcesses } from './step-process.ts';
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

/** In the staging folder: the live site's search index, linked for the index step. */
const PREVIOUS_INDEX = '.warta-previous-index';

const log = (message: string) => console.error(`[build] ${message}`);

/**
 * `npm run build`: refuses an unsafe output folder, then runs `astro build` and the
 * search index step (scripts/index-search.ts), each in a child process of its own, into
 * a staging folder beside the output, and swaps that in only when both succeeded. The
 * index step's process starts with Astro's and waits to be told Astro is done (it would
 * otherwise load its modules after Astro, 0.4 s of every build).
 * SIGINT, SIGTERM and SIGHUP are passed on to each running step's whole process group;
 * the build waits for them to end, removes the staging folder and reports the signal,
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

  const steps = stepProcesses();
  const stopped = () => steps.stoppedBy() !== undefined;

  /** Runs `task` holding the checkout's build lock (checkout-lock.ts); `undefined` if stopped while waiting. */
  async function holdingCheckout(task: () => Promise<number>): Promise<number | undefined> {
    const release = await acquireCheckoutLock(projectRoot, {
      stopped,
      onWait: (pid) => log(`waiting for the build already running from this checkout (pid ${pid})`),
    });
    if (!release) return undefined;
    try {
      return stopped() ? undefined : await task();
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
    const index = steps.start(indexStep(projectRoot, previousIndex), { ...env, WARTA_OUT_DIR: staging }, true);
    // (Gone already, it cannot be told.)
    index.child.stdin!.on('error', () => {});
    let astroStatus: number | undefined;
    try {
      astroStatus = await holdingCheckout(async () => {
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
          const status = await steps.start(astroStep(projectRoot, cwd), {
            ...env,
            WARTA_OUT_DIR: link.path,
            [REUSED_PAGES_ENV]: cachedPagesDir(cacheDir),
          }).exited;
          if (status === 0) dropUnusedPages(cacheDir, staging!, await linking);
          return status;
        } finally {
          link.remove();
          await linked;
        }
      });
    } finally {
      // Told to go only once Astro is done; otherwise its input just ends, and it exits.
      index.child.stdin!.end(astroStatus === 0 && !stopped() ? 'go\n' : '');
    }
    const indexStatus = await index.exited;
    const stoppedBy = steps.stoppedBy();
    const statuses = [
      ['astro build', astroStatus],
      ['search index', indexStatus],
    ] as const;
    for (const [name, status] of stoppedBy ? [] : statuses) {
      if (status === 0) continue;
      log(`${name} failed (exit status ${status}); ${outDir} is unchanged`);
      return { status: status || 1 };
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
    steps.dispose();
  }
}

/** `astro build`, with the patches it runs under (src/astro-patches/). */
function astroStep(projectRoot: string, cwd: string): Step {
  return {
    cwd,
    args: [
      '--experimental-strip-types',
      // Pages are written as new files, never into the reused ones, and the cache copy of a page is
      // the page itself (page-writes.ts).
      '--import',
      pathToFileURL(join(projectRoot, 'src/astro-patches/page-writes.ts')).href,
      // The sitemap's sort, 20 times faster.
      '--import',
      pathToFileURL(join(projectRoot, 'src/astro-patches/cached-collators.ts')).href,
      join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--root',
      projectRoot,
    ],
  };
}

/** The search index step, taking unchanged shelves from `previousIndex` if there is one. */
function indexStep(projectRoot: string, previousIndex: string | undefined): Step {
  return {
    cwd: projectRoot,
    args: [
      '--experimental-strip-types',
      join(projectRoot, 'scripts/index-search.ts'),
      // Started now, it loads its modules while Astro runs and indexes once told to.
      '--when-told',
      // A previous build's unchanged shelves are copied, not indexed again (docs/search.md).
      ...(previousIndex ? ['--previous', previousIndex] : []),
    ],
  };
}
