import type { APIRoute } from 'astro';
import { getPublishedArticles } from '#src/articles/collection.ts';
import { withdrawnPaths } from '#src/articles/withdrawal.ts';
import { routes } from '#src/listings/links.ts';
import { toWibIso } from '#src/dates/wib.ts';

/**
 * What changed that a copy kept elsewhere must know (docs/design.md): the paths of
 * withdrawn reports, gone for good, and each updated report's path with its last update.
 */
export const GET: APIRoute = async () => {
  const updated = (await getPublishedArticles())
    .filter((article) => article.data.updatedDate)
    .map((article) => [routes.article(article.id), toWibIso(article.data.updatedDate!)] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const changes = { withdrawn: await withdrawnPaths(), updated: Object.fromEntries(updated) };
  return new Response(`${JSON.stringify(changes, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
