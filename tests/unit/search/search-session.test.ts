import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '#src/search/query/pagefind-api.ts';
import { searchSession, type SearchQuery } from '#src/search/query/search-session.ts';
import type { ShelfEntry } from '#src/search/query/shelf-manifest.ts';
import type { ShelfSearch } from '#src/search/query/shelf-search.ts';

/** An article on a shelf: its slug, its words, and what its result's data waits for (its request). */
interface Article {
  slug: string;
  text: string;
  loaded?: Promise<void>;
}

/**
 * A shelved index in memory with ShelfSearch's contract (the real one runs Pagefind:
 * tests/build/search/ and tests/browser/search/search-archive.test.ts): one shelf per step, newest
 * first; a search finds the searched shelves' articles that hold the query word.
 */
function shelvedIndex(shelves: { oldest: string; articles: Article[] }[]) {
  const opened: ShelfSearch[] = [];
  const open = async (): Promise<ShelfSearch> => {
    const searched: ShelfEntry[] = [];
    const widen = async () => {
      const shelf = shelves[searched.length];
      if (shelf) searched.push({ id: `rak-${searched.length}`, pages: 1, oldest: shelf.oldest, newest: '', meta: '' });
    };
    await widen();
    const index: ShelfSearch = {
      searched,
      get more() {
        return searched.length < shelves.length;
      },
      widen,
      async widenAll() {
        while (this.more) await widen();
      },
      async search(query) {
        const found = shelves
          .slice(0, searched.length)
          .flatMap((shelf) => shelf.articles)
          .filter((article) => query !== null && article.text.split(' ').includes(query));
        return found.map((article): PagefindResult => ({
          id: article.slug,
          score: 1,
          data: async () => {
            await article.loaded;
            return {
              url: `/berita/${article.slug}/`,
              content: article.text,
              excerpt: article.text,
              meta: { title: article.slug, date: shelves.find((s) => s.articles.includes(article))!.oldest },
              filters: {},
              locations: [article.text.split(' ').indexOf(query!)],
            };
          },
        }));
      },
      filters: async () => ({}),
    };
    opened.push(index);
    return index;
  };
  /** The opener the session gets: the open index, or a new one when asked for a fresh start. */
  let current: Promise<ShelfSearch> | undefined;
  const openIndex = (fresh: boolean) => {
    if (fresh || !current) current = open();
    return current;
  };
  return { openIndex, opened };
}

const query = (q: string): SearchQuery => ({ q, filters: {}, order: 'relevance' });
const slugs = (page: { hits: { url: string }[] } | null) => page?.hits.map((hit) => hit.url.split('/')[2]);

const articles = (prefix: string, count: number, text: string): Article[] =>
  Array.from({ length: count }, (_, i) => ({ slug: `${prefix}-${i + 1}`, text }));

describe('a search session (what the /cari/ page asks of its worker)', () => {
  it('shows results a page at a time, and says how many remain', async () => {
    const { openIndex } = shelvedIndex([{ oldest: '2025-06-01', articles: articles('baru', 5, 'banjir jakarta') }]);
    const session = searchSession(openIndex, 2);
    const first = await session.search(query('banjir'));
    expect(slugs(first)).toEqual(['baru-1', 'baru-2']);
    expect(first).toMatchObject({ shown: 2, remaining: 3, more: false, oldest: '2025-06-01' });
    expect(slugs(await session.next())).toEqual(['baru-3', 'baru-4']);
    const last = await session.next();
    expect(slugs(last)).toEqual(['baru-5']);
    expect(last).toMatchObject({ shown: 5, remaining: 0, more: false });
  });

  it('looks further back only when asked, past shelves with nothing new, and shows no result twice', async () => {
    const { openIndex } = shelvedIndex([
      { oldest: '2025-06-01', articles: articles('baru', 1, 'gempa') },
      { oldest: '2024-01-01', articles: articles('tengah', 3, 'banjir') },
      { oldest: '2017-03-01', articles: articles('lama', 2, 'gempa') },
    ]);
    const session = searchSession(openIndex, 10);
    const first = await session.search(query('gempa'));
    expect(slugs(first)).toEqual(['baru-1']);
    expect(first).toMatchObject({ remaining: 0, more: true, oldest: '2025-06-01' });
    // The middle shelf has no "gempa": one call goes on to the oldest.
    const older = await session.next();
    expect(slugs(older)).toEqual(['lama-1', 'lama-2']);
    expect(older).toMatchObject({ shown: 3, remaining: 0, more: false, oldest: '2017-03-01' });
  });

  it('starts a new search in the newest shelves again after one reached further back', async () => {
    const { openIndex, opened } = shelvedIndex([
      { oldest: '2025-06-01', articles: articles('baru', 1, 'gempa') },
      { oldest: '2017-03-01', articles: articles('lama', 1, 'gempa banjir') },
    ]);
    const session = searchSession(openIndex, 10);
    await session.search(query('gempa'));
    await session.next();
    const again = await session.search(query('banjir'));
    expect(opened).toHaveLength(2);
    expect(again).toMatchObject({ hits: [], shown: 0, remaining: 0, more: true, oldest: '2025-06-01' });
  });

  it("sends a new search's first screen of results ahead of the rest of its page", async () => {
    let arrive = () => {};
    const late = new Promise<void>((resolve) => (arrive = resolve));
    const { openIndex } = shelvedIndex([
      {
        oldest: '2025-06-01',
        articles: articles('baru', 6, 'gempa').map((article, i) => (i >= 2 ? { ...article, loaded: late } : article)),
      },
    ]);
    const session = searchSession(openIndex, 4, 2);
    const early: unknown[] = [];
    const whole = session.search(query('gempa'), (first) => early.push(first));
    await expect.poll(() => early.length).toBe(1);
    // Results 3 and 4 are still loading: the first two come with the page's standing.
    expect(slugs(early[0] as Parameters<typeof slugs>[0])).toEqual(['baru-1', 'baru-2']);
    expect(early[0]).toMatchObject({ shown: 2, remaining: 4, more: false });
    arrive();
    const page = await whole;
    expect(slugs(page)).toEqual(['baru-1', 'baru-2', 'baru-3', 'baru-4']);
    expect(page).toMatchObject({ shown: 4, remaining: 2 });
    expect(early).toHaveLength(1);
    // "More" pages come whole.
    expect(slugs(await session.next())).toEqual(['baru-5', 'baru-6']);
    expect(early).toHaveLength(1);
  });

  it('sends nothing early for a page no longer than the first screen, or for an overtaken search', async () => {
    const { openIndex } = shelvedIndex([{ oldest: '2025-06-01', articles: articles('baru', 2, 'gempa banjir') }]);
    const session = searchSession(openIndex, 4, 2);
    const early: unknown[] = [];
    expect(slugs(await session.search(query('gempa'), (first) => early.push(first)))).toEqual(['baru-1', 'baru-2']);
    const many = shelvedIndex([{ oldest: '2025-06-01', articles: articles('baru', 6, 'gempa banjir') }]);
    const busy = searchSession(many.openIndex, 4, 2);
    const [overtaken] = await Promise.all([
      busy.search(query('gempa'), (first) => early.push(first)),
      busy.search(query('banjir')),
    ]);
    expect(overtaken).toBeNull();
    expect(early).toEqual([]);
  });

  it('drops a search that a newer one overtook', async () => {
    const { openIndex } = shelvedIndex([{ oldest: '2025-06-01', articles: articles('baru', 1, 'gempa banjir') }]);
    const session = searchSession(openIndex, 10);
    const [overtaken, newer] = await Promise.all([session.search(query('gempa')), session.search(query('banjir'))]);
    expect(overtaken).toBeNull();
    expect(slugs(newer)).toEqual(['baru-1']);
  });
});
