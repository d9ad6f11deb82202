import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '#tests/support/build-site.ts';
import { discoveryCorpus } from '#tests/support/discovery-corpus.ts';

/**
 * Files that may differ between two builds of the same commit, each with its reason.
 * Empty: every file is byte-identical (feeds date themselves from the newest article,
 * not the clock; asset names are content hashes). A file added here must say why.
 */
const mayDiffer: Record<string, string> = {};

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

let first: BuildResult;
let second: BuildResult;

beforeAll(async () => {
  // Same content and settings, two temp folders with their own caches, one after the other.
  const content = await discoveryCorpus();
  const env = { WARTA_BASE_PATH: '/warta/', WARTA_SITE_URL: 'https://warta.test' };
  first = buildSite(content, { env });
  second = buildSite(content, { env });
  expect(first.status, first.output).toBe(0);
  expect(second.status, second.output).toBe(0);
});

describe('two builds of the same commit', () => {
  it('write the same files', () => {
    expect(filesOf(second.outDir)).toEqual(filesOf(first.outDir));
  });

  it('are byte-identical, but for the files named (with why) in mayDiffer', () => {
    const differing = filesOf(first.outDir).filter((file) => {
      const a = readFileSync(join(first.outDir, file));
      const b = readFileSync(join(second.outDir, file));
      return !a.equals(b);
    });
    expect(differing.filter((file) => !(file in mayDiffer))).toEqual([]);
    // An allowance that no longer applies is stale: drop it.
    expect(Object.keys(mayDiffer).filter((file) => !differing.includes(file))).toEqual([]);
  });
});
