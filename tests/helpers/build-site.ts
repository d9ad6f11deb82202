import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const seedArticlesDir = join(repoRoot, 'content/articles');
const astroBin = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
const indexScript = join(repoRoot, 'scripts/index-search.ts');
const buildCwdRoot = join(repoRoot, 'node_modules/.cache/warta-build-cwd');

export interface BuildResult {
  /** The folder the site was written to. */
  outDir: string;
  /** Exit status of `astro build`. */
  status: number | null;
  /** stdout and stderr together, for error-message assertions. */
  output: string;
}

export interface BuildOptions {
  /** Extra environment, e.g. WARTA_BASE_PATH. */
  env?: Record<string, string>;
  /** Where to build (default: a new temp dir). */
  workDir?: string;
}

/**
 * Builds the site from a content folder (one holding `articles/`) into a fresh temp
 * dir with its own Astro cache, the way an operator would: `npm run build`'s two steps
 * in child processes with the WARTA_* variables. `content/` itself is never touched.
 */
export function buildSite(contentDir: string, options: BuildOptions = {}): BuildResult {
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'warta-build-'));
  const outDir = join(workDir, 'dist');
  // With the output outside its working directory, Astro puts its prerender chunks in
  // <cwd>/.astro/.prerender/, and they must resolve this repo's node_modules. Builds
  // running at once (test files in parallel) would share and clobber that folder, so
  // each runs from a working directory of its own inside the repo.
  mkdirSync(buildCwdRoot, { recursive: true });
  const cwd = mkdtempSync(join(buildCwdRoot, 'build-'));
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Vitest sets NODE_ENV=test, which would make Astro bundle development code.
    NODE_ENV: 'production',
    // Plain messages for the assertions: CI=true would otherwise turn colours on.
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    WARTA_CONTENT_DIR: resolve(contentDir),
    WARTA_OUT_DIR: outDir,
    WARTA_CACHE_DIR: join(workDir, 'cache'),
    ...options.env,
  };
  // The two steps of `npm run build` (package.json): the site, then its search index.
  const steps = [
    { cwd, args: [astroBin, 'build', '--root', repoRoot] },
    { cwd: repoRoot, args: ['--experimental-strip-types', indexScript] },
  ];
  let output = '';
  let status: number | null = 0;
  for (const step of steps) {
    const result = spawnSync(process.execPath, step.args, { cwd: step.cwd, encoding: 'utf8', env });
    output += stripVTControlCharacters(`${result.stdout}\n${result.stderr}\n`);
    status = result.status;
    if (status !== 0) break;
  }
  rmSync(cwd, { recursive: true, force: true });
  return { outDir, status, output };
}

/**
 * A temp content folder with the given articles (file name → Markdown), optionally
 * starting from a copy of the real articles.
 */
export function makeContentDir(articles: Record<string, string>, { withSeed = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'warta-content-'));
  const articlesDir = join(dir, 'articles');
  mkdirSync(articlesDir);
  if (withSeed) cpSync(seedArticlesDir, articlesDir, { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(articlesDir, name), text);
  return dir;
}
