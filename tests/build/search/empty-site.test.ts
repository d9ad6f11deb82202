/** A site with no articles yet (a fresh clone) still builds, with an index that finds nothing. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex } from '#src/search/query/node-search.ts';
import { buildSite, makeContentDir, type BuildResult } from '#tests/support/build-site.ts';
import { parseHtml, select } from '#tests/support/html.ts';

let build: BuildResult;

beforeAll(() => {
  build = buildSite(makeContentDir({}));
  expect(build.status, build.output).toBe(0);
});

describe('an empty site', () => {
  it('builds an index without shelves, with the scripts article pages load', () => {
    expect(build.output).toMatch(/indexed 0 article\(s\)/);
    expect(JSON.parse(readFileSync(join(build.outDir, 'pagefind/rak.json'), 'utf8'))).toEqual({ shelves: [] });
    expect(existsSync(join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(build.outDir, 'pagefind/pagefind-highlight.js'))).toBe(true);
  });

  it('finds nothing from Node', async () => {
    const index = await openIndex(build.outDir);
    expect(await index.search('tempur')).toEqual([]);
    expect(await index.count(null)).toBe(0);
  });

  it('tells /cari/ there is nothing to search', () => {
    const form = select('#cari-form', parseHtml(readFileSync(join(build.outDir, 'cari/index.html'), 'utf8')));
    expect(form?.properties.dataArticles).toBe('0');
  });
});
