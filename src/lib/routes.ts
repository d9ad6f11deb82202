import { tagSlug } from './tag-slug.ts';
import { withBase } from './url.ts';

/** Site paths of every kind of page under `basePath`, in one place. All end in a slash. */
export function sitePaths(basePath: string) {
  const at = (path: string) => withBase(path, basePath);
  return {
    /** The home listing, or one of its later pages ("halaman/2"). */
    home: (param?: string) => at(param ? `${param}/` : ''),
    article: (slug: string) => at(`berita/${slug}/`),
    /** A topic's listing, from the tag as written ("Korea Utara"). */
    topic: (tag: string) => at(`topik/${tagSlug(tag)}/`),
    /** A topic listing page from its route parameter ("korea-utara/halaman/2"). */
    topicPage: (param: string) => at(`topik/${param}/`),
    search: () => at('cari/'),
  };
}
