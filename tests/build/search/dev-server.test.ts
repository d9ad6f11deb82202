/**
 * `npm run dev` builds no search index: /cari/ uses the last one built into WARTA_OUT_DIR,
 * and without one says how to get it instead of breaking.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitUntilServing } from '#tests/support/local-server.ts';
import { astroEnv, buildSite, repoRoot } from '#tests/support/build-site.ts';

const astroBin = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
const running: ChildProcess[] = [];

/** Starts `astro dev` with the given output folder; resolves with its origin once it answers. */
async function startDev(outDir: string): Promise<string> {
  const port = await freePort();
  // --ignore-lock: run beside a developer's own `npm run dev`, in the foreground, untracked.
  const child = spawn(
    process.execPath,
    [astroBin, 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: repoRoot,
      env: astroEnv({ WARTA_OUT_DIR: outDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  running.push(child);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, () => `astro dev: ${output}`);
  return origin;
}

/** /cari/ answers with its search form. */
async function expectSearchPage(origin: string): Promise<void> {
  const response = await fetch(`${origin}/cari/`);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('id="cari-q"');
}

/** Stops a dev server and waits until it is gone. */
async function stopDev(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

afterAll(async () => {
  for (const child of running) await stopDev(child);
});

describe('npm run dev after a build', () => {
  let origin: string;

  beforeAll(async () => {
    const build = buildSite(join(repoRoot, 'content'));
    expect(build.status, build.output).toBe(0);
    origin = await startDev(build.outDir);
  });

  afterAll(async () => stopDev(running.at(-1)));

  it('serves the search page', async () => {
    await expectSearchPage(origin);
  });

  it('serves the last built index', async () => {
    const response = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${origin}/pagefind/rak.json`)).status).toBe(200);
  });
});

describe('npm run dev before any build', () => {
  let origin: string;

  beforeAll(async () => {
    origin = await startDev(mkdtempSync(join(tmpdir(), 'warta-no-build-')));
  });

  it('still serves the search page', async () => {
    await expectSearchPage(origin);
  });

  it('answers the index request by saying how to get one', async () => {
    const response = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/Run "npm run build" once/);
  });
});
