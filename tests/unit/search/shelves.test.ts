import { describe, expect, it } from 'vitest';
import { shelvesOf, type IndexedPage } from '#src/search/index/shelves.ts';
import { searchSteps } from '#src/search/query/search-steps.ts';
import type { ShelfEntry } from '#src/search/query/shelf-manifest.ts';

const page = (slug: string, date: string, digest = slug): IndexedPage => ({
  path: `berita/${slug}/index.html`,
  date,
  digest,
});

describe('shelves of the search index', () => {
  const pages = [
    page('e', '2024-03-01T10:00:00+07:00'),
    page('a', '2015-01-01T00:00:00+07:00'),
    page('c', '2020-06-01T08:00:00+07:00'),
    page('b', '2020-06-01T08:00:00+07:00'),
    page('d', '2023-12-31T23:59:00+07:00'),
  ];

  it('fills shelves from the oldest article, in date order (same time: by path), and lists them newest first', () => {
    const shelves = shelvesOf(pages, 2);
    expect(shelves.map((s) => s.id)).toEqual(['rak-3', 'rak-2', 'rak-1']);
    expect(shelves.map((s) => s.pages.map((p) => p.path.split('/')[1]))).toEqual([['e'], ['c', 'd'], ['a', 'b']]);
  });

  it('keeps every older shelf as it was when a newer article arrives', () => {
    const before = shelvesOf(pages, 2);
    const after = shelvesOf([...pages, page('f', '2025-01-01T00:00:00+07:00')], 2);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]!.digest).not.toBe(before[0]!.digest);
  });

  it('changes only the shelf of an edited article', () => {
    const before = shelvesOf(pages, 2);
    const after = shelvesOf(
      pages.map((p) => (p.path.includes('/c/') ? { ...p, digest: 'edited' } : p)),
      2,
    );
    expect(after.map((s) => s.digest === before[after.indexOf(s)]!.digest)).toEqual([true, false, true]);
  });

  it('has no shelves without pages', () => {
    expect(shelvesOf([], 2)).toEqual([]);
  });
});

describe('search steps', () => {
  const shelf = (id: string, pages: number): ShelfEntry => ({
    id,
    pages,
    oldest: '2025-01-01',
    newest: '2025-01-01',
    meta: 'm',
  });

  it('covers the newest shelves first, then twice as much again each step', () => {
    const shelves = [shelf('r9', 300), ...Array.from({ length: 8 }, (_, i) => shelf(`r${8 - i}`, 1000))];
    // 300 + 1000 = 1300 ≥ 1000; then ≥ 2 × 1300 in all (3300); then ≥ 2 × 3300 (7300); then the rest.
    expect(searchSteps(shelves, 1000)).toEqual([['r9', 'r8'], ['r7', 'r6'], ['r5', 'r4', 'r3', 'r2'], ['r1']]);
  });

  it('is one step for a small archive, and none for an empty one', () => {
    expect(searchSteps([shelf('r1', 12)], 1000)).toEqual([['r1']]);
    expect(searchSteps([], 1000)).toEqual([]);
  });
});
