import { tagSlug } from './tag-slug.ts';
import { withBase } from './url.ts';

/** Site paths of every kind of page under `basePath`, in one place. All end in a slash. */
export function sitePaths(basePath: string) {
  const at = (path: string) => withBase(path, basePath);
  return {
    /** The home page: the latest articles. */
    home: () => at(''),
    article: (slug: string) => at(`berita/${slug}/`),
    /** A topic's first page, from the tag as written ("Korea Utara"): its latest articles and its years. */
    topic: (tag: string) => at(`topik/${tagSlug(tag)}/`),
    /** A topic page from its route parameter ("korea-utara", "korea-utara/2024/halaman/2"). */
    topicPage: (param: string) => at(`topik/${param}/`),
    /** A section's first page, from the category as written ("Internasional"): its latest articles and its years. */
    section: (category: string) => at(`kategori/${tagSlug(category)}/`),
    /** A section page from its route parameter ("internasional", "internasional/2024/halaman/2"). */
    sectionPage: (param: string) => at(`kategori/${param}/`),
    /** The archive's table of contents: every month with articles. */
    archive: () => at('arsip/'),
    /** A month's archive page from its route parameter ("2024/11", "2024/11/halaman/2"). */
    archivePage: (param: string) => at(`arsip/${param}/`),
    /** An old paginated URL ("halaman/3"), now a redirect page. */
    legacyPage: (param: string) => at(`${param}/`),
    search: () => at('cari/'),
    /** A writer's first page, from the name as credited ("Ani Lestari"): their latest stories and their years. */
    writer: (name: string) => at(`penulis/${tagSlug(name)}/`),
    /** A writer's page from its route parameter ("ani-lestari", "ani-lestari/2024/halaman/2"). */
    writerPage: (param: string) => at(`penulis/${param}/`),
    /** The corrections log: every correction and withdrawal. */
    corrections: () => at('koreksi/'),
    /** The Press Council's guideline for online media, as the site applies it. */
    guideline: () => at('pedoman-media-siber/'),
  };
}

/**
 * Whether a path below the base path is one of the old "latest first" pages
 * (halaman/N/, topik/<slug>/halaman/N/): redirect pages, kept out of the sitemap.
 */
export function isLegacyListingPath(path: string): boolean {
  return /^(topik\/[^/]+\/)?halaman\/\d+\/$/.test(path);
}
