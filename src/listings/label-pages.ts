import { site } from '#src/site.config.ts';
import { archivePages, archivePeriods, type ArchiveOptions } from './archive-pages.ts';
import { monthOf, yearOf } from '#src/dates/period.ts';
import type { Article } from '#src/articles/collection.ts';
import type { LabelGroup } from './group-by-label.ts';
import { inShard } from './shard.ts';
import { routes } from './links.ts';
import { headerCacheKeys } from './section-nav.ts';

/** The site's archive: every article by month, at /arsip/2024/11/ (route parameter "2024/11"). */
export const monthlyArchive: ArchiveOptions<Article> = {
  pageSize: site.pageSize,
  periodOf: (article) => monthOf(article.data.pubDate),
  paramOf: (month) => month,
  urlOf: routes.archivePage,
};

/** A label's archive by year, at <label's page>/2024/ (route parameter "2024"). */
function yearlyArchive(pageOf: (param: string) => string, slug: string): ArchiveOptions<Article> {
  return {
    pageSize: site.pageSize,
    periodOf: (article) => yearOf(article.data.pubDate),
    paramOf: (year) => year,
    urlOf: (param) => pageOf(`${slug}/${param}`),
  };
}

/** A topic's archive: its articles by year, at /topik/<slug>/2024/. */
export const topicArchive = (slug: string) => yearlyArchive(routes.topicPage, slug);

/** A section's archive: its articles by year, at /kategori/<slug>/2024/. */
export const sectionArchive = (slug: string) => yearlyArchive(routes.sectionPage, slug);

/** A writer's archive: their stories by year, at /penulis/<slug>/2024/. */
export const writerArchive = (slug: string) => yearlyArchive(routes.writerPage, slug);

/** Whether this build (whole, or the shard WARTA_SHARD names) renders a page of `period`. */
export const inThisShard = (period: string | undefined) => inShard(period, site.shard);

/**
 * The first page of each label (topic or section): its latest articles, then its years,
 * each an archive page that a newer article never changes. Like every page, each has the
 * header, whose sections are counted over the whole archive: part of the cache key.
 */
export async function labelFirstPaths(
  groups: Map<string, LabelGroup<Article>>,
  archiveOf: (slug: string) => ArchiveOptions<Article>,
) {
  const keys = await headerCacheKeys();
  return [...groups]
    .filter(() => inThisShard(undefined))
    .map(([slug, group]) => {
      const latest = group.articles.slice(0, site.pageSize);
      const years = archivePeriods(group.articles, archiveOf(slug));
      return {
        params: { slug },
        props: { name: group.name, latest, years },
        cacheKey: keys.listing({ items: latest }, { name: group.name, years }),
      };
    });
}

/** Every year page of each label (topic or section), paginated within the year, with the header in its cache key. */
export async function labelYearPaths(
  groups: Map<string, LabelGroup<Article>>,
  archiveOf: (slug: string) => ArchiveOptions<Article>,
) {
  const keys = await headerCacheKeys();
  return [...groups].flatMap(([slug, group]) =>
    archivePages(group.articles, archiveOf(slug))
      .filter((page) => inThisShard(page.period))
      .map((page) => ({
        params: { slug, year: page.param },
        props: { page, name: group.name, slug },
        cacheKey: keys.listing(page, { name: group.name }),
      })),
  );
}
