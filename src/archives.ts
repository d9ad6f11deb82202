import { site } from './site.config.ts';
import type { ArchiveOptions } from './lib/archive.ts';
import { monthOf, yearOf } from './lib/archive-period.ts';
import type { Article } from './lib/articles.ts';
import { inShard } from './lib/shard.ts';
import { routes } from './links.ts';

/** The site's archive: every article by month, at /arsip/2024/11/ (route parameter "2024/11"). */
export const monthlyArchive: ArchiveOptions<Article> = {
  pageSize: site.pageSize,
  periodOf: (article) => monthOf(article.data.pubDate),
  paramOf: (month) => month,
  urlOf: routes.archivePage,
};

/** A topic's archive: its articles by year, at /topik/<slug>/2024/ (route parameter "2024"). */
export function topicArchive(slug: string): ArchiveOptions<Article> {
  return {
    pageSize: site.pageSize,
    periodOf: (article) => yearOf(article.data.pubDate),
    paramOf: (year) => year,
    urlOf: (param) => routes.topicPage(`${slug}/${param}`),
  };
}

/** Whether this build (whole, or the shard WARTA_SHARD names) renders a page of `period`. */
export const inThisShard = (period: string | undefined) => inShard(period, site.shard);
