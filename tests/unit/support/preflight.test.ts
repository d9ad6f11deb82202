import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '#tests/support/build-site.ts';
import { canRun, missingPackages, systemTools } from '#tests/support/system-tools.ts';

const preflight = join(repoRoot, 'tests/support/preflight.ts');

/** Runs the preflight as `npm test` does, with the given PATH. */
function runPreflight(path: string) {
  return spawnSync(process.execPath, ['--experimental-strip-types', preflight], {
    encoding: 'utf8',
    env: { ...process.env, PATH: path },
  });
}

describe('the test preflight', () => {
  it('tells a runnable program from a missing or non-executable one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-preflight-'));
    writeFileSync(join(dir, 'tool'), '#!/bin/sh\n');
    expect(canRun(join(dir, 'tool'))).toBe(false);
    expect(canRun('tool', dir)).toBe(false);
    chmodSync(join(dir, 'tool'), 0o755);
    expect(canRun(join(dir, 'tool'))).toBe(true);
    expect(canRun('tool', `/nonexistent:${dir}`)).toBe(true);
    expect(canRun('tool', '/nonexistent')).toBe(false);
    expect(canRun(join(dir, 'absent'))).toBe(false);
  });

  it('names the Debian package of a missing Chromium', () => {
    const withoutChromium = systemTools.map((tool) =>
      tool.debianPackage === 'chromium' ? { ...tool, program: '/nonexistent/chromium' } : tool,
    );
    expect(missingPackages(withoutChromium)).toEqual(['chromium']);
  });

  it('passes silently when everything is installed', () => {
    const result = runPreflight(process.env.PATH ?? '');
    expect(result.stderr + result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('stops with one line naming what to install and how when Java is not on PATH', () => {
    // A PATH with node but no java (chromium and nginx are found at their Debian paths).
    const bin = mkdtempSync(join(tmpdir(), 'warta-path-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    expect(canRun('java', bin)).toBe(false);
    const result = runPreflight(bin);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('missing: default-jre-headless.');
    expect(lines[0]).toContain('apt-get install --no-install-recommends chromium nginx default-jre-headless');
    expect(lines[0]).toContain('bash scripts/test-all.sh');
  });
});
