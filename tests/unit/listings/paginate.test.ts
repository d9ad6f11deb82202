import { describe, expect, it } from 'vitest';
import { paginate } from '#src/listings/paginate.ts';

const urlOf = (param: string | undefined) => `/${param ? `${param}/` : ''}`;

describe('paginate', () => {
  it('puts page 1 at the listing URL and page N under halaman/N', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, undefined, urlOf);
    expect(pages.map((p) => [p.param, p.items, p.prevUrl, p.nextUrl])).toEqual([
      [undefined, [1, 2], undefined, '/halaman/2/'],
      ['halaman/2', [3, 4], '/', '/halaman/3/'],
      ['halaman/3', [5], '/halaman/2/', undefined],
    ]);
    expect(pages.every((p) => p.last === 3)).toBe(true);
  });

  it('nests pages under a topic', () => {
    const pages = paginate(['a', 'b', 'c'], 2, 'korea-utara', (p) => `/topik/${p}/`);
    expect(pages.map((p) => p.param)).toEqual(['korea-utara', 'korea-utara/halaman/2']);
    expect(pages[1]!.prevUrl).toBe('/topik/korea-utara/');
  });

  it('has one empty page for an empty listing', () => {
    expect(paginate([], 20, undefined, urlOf)).toEqual([
      { items: [], current: 1, last: 1, param: undefined, prevUrl: undefined, nextUrl: undefined },
    ]);
  });

  it('never yields a page whose path is a bare number (no clash with /404/)', () => {
    const pages = paginate(
      Array.from({ length: 9000 }, (_, i) => i),
      20,
      undefined,
      urlOf,
    );
    expect(pages).toHaveLength(450);
    expect(pages.some((p) => p.param === '404')).toBe(false);
    expect(pages[403]!.param).toBe('halaman/404');
  });
});
