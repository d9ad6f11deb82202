import { getCollection } from 'astro:content';
import type { Article } from './collection.ts';
import { routes } from '#src/listings/links.ts';

/** A withdrawn report: only what its notice page and the corrections log may show. */
export interface Withdrawal {
  /** The article's slug: its URL stays, as a notice. */
  slug: string;
  date: Date;
  reason: string;
}

/**
 * Every withdrawn report (drafts aside), newest withdrawal first. Nothing but the slug,
 * date and reason leaves this module: the headline, body, photo, topics and credits of a
 * withdrawn report appear nowhere in the output.
 */
export async function getWithdrawals(): Promise<Withdrawal[]> {
  const articles: Article[] = await getCollection('articles', ({ data }) => !data.draft && !!data.withdrawn);
  return articles
    .map(({ id, data }) => ({ slug: id, date: data.withdrawn!.date, reason: data.withdrawn!.reason }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
}

/** The site paths (base path included) of every withdrawn report, sorted: what changes.json and the nginx map list. */
export async function withdrawnPaths(): Promise<string[]> {
  return (await getWithdrawals()).map(({ slug }) => routes.article(slug)).sort();
}
