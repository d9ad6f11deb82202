import { describe, expect, it } from 'vitest';
import { mergeIncrementalManifests, type IncrementalManifest } from '#src/publish/merge-incremental-manifests.ts';
import { inShard } from '#src/listings/shard.ts';

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

  it('leaves out a route the shards built from other code, naming it, so the final build renders it', () => {
    const leftOut: string[] = [];
    const merged = mergeIncrementalManifests(
      [
        {
          name: 'A',
          manifest: manifest({
            r: { dependencyHash: 'd', paths: { '/x/': page('a') } },
            s: { dependencyHash: 'e', paths: { '/y/': page('y') } },
          }),
        },
        { name: 'B', manifest: manifest({ r: { dependencyHash: 'z', paths: { '/w/': page('w') } } }) },
        { name: 'C', manifest: manifest({ r: { dependencyHash: 'd', paths: { '/v/': page('v') } } }) },
      ],
      (route, shard) => leftOut.push(`${shard}: ${route}`),
    );
    expect(Object.keys(merged.routes)).toEqual(['s']);
    expect(leftOut).toEqual(['B: r']);
  });

  it('refuses shards of other config, or one page with two contents', () => {
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
        { name: 'B', manifest: manifest({ r: { dependencyHash: 'd', paths: { '/x/': page('b') } } }) },
      ]),
    ).toThrow('B: /x/ is in another shard');
    expect(() => mergeIncrementalManifests([])).toThrow('no shard caches');
  });
});
