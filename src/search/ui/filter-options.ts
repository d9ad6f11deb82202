import { tagSlug } from '#src/listings/tag-slug.ts';

/** One choice of a search filter: the slug Pagefind filters on and the label readers see. */
export interface FilterOption {
  value: string;
  label: string;
}

const collator = new Intl.Collator('id', { sensitivity: 'base' });

/**
 * The choices for a filter from the names articles use ("Korea Utara", "korea utara"):
 * one per slug, labelled as first written, in Indonesian alphabetical order. The slug is
 * what SearchKeys.astro tags the article with.
 */
export function filterOptions(names: Iterable<string>): FilterOption[] {
  const options = new Map<string, FilterOption>();
  for (const name of names) {
    const value = tagSlug(name);
    if (value && !options.has(value)) options.set(value, { value, label: name });
  }
  return [...options.values()].sort((a, b) => collator.compare(a.label, b.label));
}
