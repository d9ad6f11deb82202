/** The parts of Astro's incremental-build.json (cacheDir) that a merge reads. */
export interface IncrementalManifest {
  version: number;
  configHash: string;
  lockfileHash: string;
  keyDigest: string;
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string }> }>;
}

/**
 * One manifest holding every shard's pages, so a final build restores them all from the
 * merged cache. Shards must come from the same config and lockfile (the hashes Astro
 * checks) and may share a page only when they rendered it with the same key; anything
 * else is an error naming the shard and what differs, never a silent mix. A route whose
 * code hash differs between shards is left out (and named through `onLeftOut`): the final
 * build renders its pages itself. Astro's hashes hold absolute paths (modules, and the
 * output folder in astro:assets): shards built from checkouts at other paths differ
 * (docs/scale.md).
 */
export function mergeIncrementalManifests(
  shards: { name: string; manifest: IncrementalManifest }[],
  onLeftOut: (route: string, shard: string) => void = () => {},
): IncrementalManifest {
  const [first] = shards;
  if (!first) throw new Error('no shard caches to merge');
  const merged: IncrementalManifest = { ...first.manifest, routes: {} };
  const leftOut = new Set<string>();
  for (const { name, manifest } of shards) {
    for (const field of ['version', 'configHash', 'lockfileHash'] as const) {
      if (manifest[field] !== first.manifest[field]) {
        throw new Error(
          `${name}: ${field} differs from ${first.name}'s: the shards were not built from the same code and config`,
        );
      }
    }
    for (const [route, entry] of Object.entries(manifest.routes)) {
      if (leftOut.has(route)) continue;
      const target = (merged.routes[route] ??= { dependencyHash: entry.dependencyHash, paths: {} });
      if (target.dependencyHash !== entry.dependencyHash) {
        leftOut.add(route);
        delete merged.routes[route];
        onLeftOut(route, name);
        continue;
      }
      for (const [path, page] of Object.entries(entry.paths)) {
        const existing = target.paths[path];
        if (existing && existing.cacheKey !== page.cacheKey)
          throw new Error(`${name}: ${path} is in another shard with different content`);
        target.paths[path] = page;
      }
    }
  }
  return merged;
}
