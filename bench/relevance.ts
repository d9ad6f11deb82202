/**
 * Recall@10 on real queries: for each query of relevance-queries.json, the share of its
 * expected articles (those in the corpus as built) among the first ten results, both as
 * /cari/ shows them (newest shelves first) and over the whole archive at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openIndex } from '#src/search/query/node-search.ts';

export interface RelevanceQuery {
  query: string;
  /** File numbers of the real corpus ("06640"): the article slugs end in "-06640". */
  expected: string[];
}

export interface RelevanceResult {
  /** Queries with at least one expected article in the corpus as built. */
  queries: number;
  /** Mean over those queries of (expected articles in the top 10) / (expected articles present). */
  recallAt10: { searchPage: number; wholeArchive: number };
  /** Queries whose first page (as /cari/ shows it) misses an expected article. */
  misses: string[];
}

export const relevanceQueries = (): RelevanceQuery[] =>
  (
    JSON.parse(readFileSync(join(import.meta.dirname, 'relevance-queries.json'), 'utf8')) as {
      queries: RelevanceQuery[];
    }
  ).queries;

/** The corpus file number an article URL ends in ("/berita/judul-06640/" → "06640"; a reuse "-06640-2" is not it). */
const fileNumberOf = (url: string) => /-(\d{5})\/$/.exec(url)?.[1];

export async function measureRelevance(
  outDir: string,
  articles: number,
  queries = relevanceQueries(),
): Promise<RelevanceResult> {
  const whole = await openIndex(outDir);
  const recall = { searchPage: 0, wholeArchive: 0 };
  const misses: string[] = [];
  let counted = 0;
  for (const { query, expected } of queries) {
    const present = expected.filter((number) => Number(number) < articles);
    if (present.length === 0) continue;
    counted++;
    const page = await openIndex(outDir, { reach: 'like-search-page' });
    const share = async (index: typeof whole) => {
      const top = new Set((await index.search(query, { limit: 10 })).map((hit) => fileNumberOf(hit.url)));
      return present.filter((number) => top.has(number)).length / present.length;
    };
    const onPage = await share(page);
    recall.searchPage += onPage;
    recall.wholeArchive += await share(whole);
    if (onPage < 1) misses.push(query);
  }
  return {
    queries: counted,
    recallAt10: {
      searchPage: recall.searchPage / Math.max(counted, 1),
      wholeArchive: recall.wholeArchive / Math.max(counted, 1),
    },
    misses,
  };
}
