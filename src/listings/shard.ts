/**
 * Whether this build renders a page of the given period ("2024/11", "2024"; undefined for
 * a page of no period: home, topic first pages, redirects). A whole build renders every
 * page; a shard (WARTA_SHARD=2024) renders only its year's, and the final build, with the
 * shards' caches merged, renders the rest and copies theirs (docs/scale.md).
 */
export function inShard(period: string | undefined, shard: string | undefined): boolean {
  if (shard === undefined) return true;
  return period !== undefined && (period === shard || period.startsWith(`${shard}/`));
}
