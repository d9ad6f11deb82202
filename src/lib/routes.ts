import { tagSlug } from './tag-slug.ts';
import { withBase } from './url.ts';

/** Site paths of every kind of page, in one place. All end in a slash. */
export const routes = {
  /** The home listing, or one of its later pages ("halaman/2"). */
  home: (param?: string) => withBase(param ? `${param}/` : ''),
  article: (slug: string) => withBase(`berita/${slug}/`),
  /** A topic's listing, from the tag as written ("Korea Utara"). */
  topic: (tag: string) => withBase(`topik/${tagSlug(tag)}/`),
  /** A topic listing page from its route parameter ("korea-utara/halaman/2"). */
  topicPage: (param: string) => withBase(`topik/${param}/`),
  /** A section's listing, from the category as written ("Internasional"). */
  section: (category: string) => withBase(`kategori/${tagSlug(category)}/`),
  /** A section listing page from its route parameter ("internasional/halaman/2"). */
  sectionPage: (param: string) => withBase(`kategori/${param}/`),
  search: () => withBase('cari/'),
};
