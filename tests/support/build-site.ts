import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const seedArticlesDir = join(repoRoot, 'content/articles');
const buildScript = join(repoRoot, 'scripts/build.ts');
const buildCwdRoot = join(repoRoot, 'node_modules/.cache/warta-build-cwd');

/** What Vitest adds to the environment (its own flags and Vite's import.meta.env keys). */
const VITEST_ENV = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

/**
 * The environment for an Astro command run by a test, as a user's shell would have it:
 * Vitest's own variables left out (its NODE_ENV=test would make Astro bundle development
 * code; its BASE_URL and MODE are Vite's names), colours off for plain messages (CI=true
 * would turn them on), telemetry off.
 */
export function astroEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key))) as Record<
    string,
    string
  >;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export interface BuildResult {
  /** The folder the site was written to. */
  outDir: string;
  /** Exit status of the build. */
  status: number | null;
  /** stdout and stderr together, for error-message assertions. */
  output: string;
}

export interface BuildOptions {
  /** Extra environment, e.g. WARTA_BASE_PATH. */
  env?: Record<string, string>;
  /** Where to build (default: a new temp dir): <workDir>/dist, with the cache in <workDir>/cache. */
  workDir?: string;
  /**
   * The output folder, if not <workDir>/dist: an incremental rebuild writes a new folder
   * (as the build command's staging folder does) from the cache another build left.
   */
  outDir?: string;
}

/**
 * Builds the site from a content folder (one holding `articles/`) into a fresh temp
 * dir with its own Astro cache, the way an operator would: `npm run build` in a child
 * process with the WARTA_* variables. `content/` itself is never touched.
 */
export function buildSite(contentDir: string, options: BuildOptions = {}): BuildResult {
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'warta-build-'));
  const outDir = options.outDir ?? join(workDir, 'dist');
  // With the output outside its working directory, Astro puts its prerender chunks in
  // <cwd>/.astro/.prerender/, and they must resolve this repo's node_modules. Builds
  // running at once (test files in parallel) would share and clobber that folder, so
  // each runs from a working directory of its own inside the repo.
  mkdirSync(buildCwdRoot, { recursive: true });
  const cwd = mkdtempSync(join(buildCwdRoot, 'build-'));
  const env = astroEnv({
    WARTA_CONTENT_DIR: resolve(contentDir),
    WARTA_OUT_DIR: outDir,
    WARTA_CACHE_DIR: join(workDir, 'cache'),
    ...options.env,
  });
  // What `npm run build` runs (package.json): the orchestrator, which runs `astro build`
  // from this working directory and then the search index step.
  const result = spawnSync(process.execPath, ['--experimental-strip-types', buildScript], {
    cwd,
    encoding: 'utf8',
    env,
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}\n`);
  rmSync(cwd, { recursive: true, force: true });
  return { outDir, status: result.status, output };
}

/**
 * The pages a build's log says Astro reused instead of rendering: "(restored)" when it
 * copied its cache's copy, "(cached)" when the staging folder already held it, linked
 * from the cache (src/publish/reuse-pages.ts). Output files, such as "/arsip/2024/12/index.html".
 */
export function reusedPages(log: string): string[] {
  return [...stripVTControlCharacters(log).matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((match) => match[1]!);
}

/** The build, once it succeeded; otherwise an error with its output. */
export function built(build: BuildResult): BuildResult {
  if (build.status !== 0)
    throw new Error(`build into ${build.outDir} failed (status ${build.status}):\n${build.output}`);
  return build;
}

/**
 * What an incremental test compares: a first build, `change` applied to the content, a
 * rebuild into a new output folder from the first build's cache (as the build command's
 * staging folder is built: only the cache is kept), and a clean build of the changed
 * content, all with the same extra environment. Every build must succeed.
 */
export async function rebuildAfter(
  contentDir: string,
  change: () => void | Promise<void>,
  env: Record<string, string> = {},
): Promise<{ first: BuildResult; incremental: BuildResult; clean: BuildResult }> {
  const workDir = mkdtempSync(join(tmpdir(), 'warta-rebuild-'));
  const first = built(buildSite(contentDir, { workDir, outDir: join(workDir, 'first'), env }));
  await change();
  const incremental = built(buildSite(contentDir, { workDir, outDir: join(workDir, 'second'), env }));
  return { first, incremental, clean: built(buildSite(contentDir, { env })) };
}

/**
 * A temp content folder with the given files (file name → Markdown, or an image's
 * bytes), optionally starting from a copy of the real articles.
 */
export function makeContentDir(articles: Record<string, string | Uint8Array>, { withSeed = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'warta-content-'));
  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir);
  if (withSeed) cpSync(seedArticlesDir, articlesDir, { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(articlesDir, name), text);
  return dir;
}
