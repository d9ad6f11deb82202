import { tagSlug } from './tag-slug.ts';
import { withBase } from './url.ts';

/** Site-relative paths of every kind of page, in one place. All end in a slash. */
export const routes = {
  home: () => withBase(''),
  article: (slug: string) => withBase(`berita/${slug}/`),
  topic: (tag: string) => withBase(`topik/${tagSlug(tag)}/`),
  search: () => withBase('cari/'),
};
