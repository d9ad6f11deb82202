import { describe, expect, it } from 'vitest';
import { mergeIncrementalManifests, type IncrementalManifest } from '../../../src/lib/merge-incremental-manifests.ts';
import { inShard } from '../../../src/lib/shard.ts';

describe('inShard', () => {
  it('takes every page in a whole build', () => {
    expect(inShard('2024/11', undefined)).toBe(true);
    expect(inShard(undefined, undefined)).toBe(true);
  });

  it("takes only its year's months and year in a shard, and no page of no period", () => {
    expect(inShard('2024/11', '2024')).toBe(true);
    expect(inShard('2024', '2024')).toBe(true);
    expect(inShard('2023/12', '2024')).toBe(false);
    expect(inShard('20245', '2024')).toBe(false);
    expect(inShard(undefined, '2024')).toBe(false);
  });
});

const manifest = (routes: IncrementalManifest['routes'], configHash = 'c'): IncrementalManifest => ({
  version: 1,
  configHash,
  lockfileHash: 'l',
  keyDigest: 'k',
  routes,
});
const page = (cacheKey: string) => ({ cacheKey, outputFile: `${cacheKey}/index.html` });

describe('mergeIncrementalManifests', () => {
  it("lists every shard's pages, route by route", () => {
    const a = manifest({
      'src/pages/berita/[slug].astro': { dependencyHash: 'd', paths: { '/berita/a/': page('a') } },
    });
    const b = manifest({
      'src/pages/berita/[slug].astro': { dependencyHash: 'd', paths: { '/berita/b/': page('b') } },
      'src/pages/arsip/[...month].astro': { dependencyHash: 'e', paths: { '/arsip/2025/01/': page('m') } },
    });
    expect(
      mergeIncrementalManifests([
        { name: 'A', manifest: a },
        { name: 'B', manifest: b },
      ]).routes,
    ).toEqual({
      'src/pages/berita/[slug].astro': {
        dependencyHash: 'd',
        paths: { '/berita/a/': page('a'), '/berita/b/': page('b') },
      },
      'src/pages/arsip/[...month].astro': { dependencyHash: 'e', paths: { '/arsip/2025/01/': page('m') } },
    });
  });

  it('refuses shards of other code, other config, or one page with two contents', () => {
    const a = manifest({ r: { dependencyHash: 'd', paths: { '/x/': page('a') } } });
    expect(() =>
      mergeIncrementalManifests([
        { name: 'A', manifest: a },
        { name: 'B', manifest: manifest({}, 'other') },
      ]),
    ).toThrow('B: configHash differs');
    expect(() =>
      mergeIncrementalManifests([
        { name: 'A', manifest: a },
        { name: 'B', manifest: manifest({ r: { dependencyHash: 'z', paths: {} } }) },
      ]),
    ).toThrow('B: r was built from other code');
    expect(() =>
      mergeIncrementalManifests([
        { name: 'A', manifest: a },
        { name: 'B', manifest: manifest({ r: { dependencyHash: 'd', paths: { '/x/': page('b') } } }) },
      ]),
    ).toThrow('B: /x/ is in another shard');
    expect(() => mergeIncrementalManifests([])).toThrow('no shard caches');
  });
});
