import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, filtersOf, stateFromSearch, urlOfState } from '#src/search/ui/url-state.ts';

const offered = (name: string) =>
  ({ kategori: ['', 'internasional', 'ekonomi'], topik: ['', 'rusia', 'korea-utara'], urut: ['', 'terbaru'] })[name] ??
  [];

describe('the /cari/ URL state', () => {
  it('reads the query, filters and order from the URL, trimming the query', () => {
    expect(stateFromSearch('?q=+korea+utara+&kategori=internasional&topik=rusia&urut=terbaru', offered)).toEqual({
      q: 'korea utara',
      kategori: 'internasional',
      topik: 'rusia',
      urut: 'terbaru',
    });
  });

  it('falls back to all (or relevance) for a value the page does not offer', () => {
    expect(stateFromSearch('?q=x&kategori=olahraga&urut=terlama', offered)).toEqual({ ...EMPTY_STATE, q: 'x' });
    expect(stateFromSearch('', offered)).toEqual(EMPTY_STATE);
  });

  it('writes only what is set, in a fixed order, escaped', () => {
    expect(urlOfState('/cari/', { ...EMPTY_STATE, q: 'harga emas & perak', urut: 'terbaru', topik: 'rusia' })).toBe(
      '/cari/?q=harga+emas+%26+perak&topik=rusia&urut=terbaru',
    );
    expect(urlOfState('/warta/cari/', EMPTY_STATE)).toBe('/warta/cari/');
  });

  it('reads back what it writes', () => {
    const state = { q: 'Zelensky', kategori: 'ekonomi', topik: 'korea-utara', urut: '' };
    expect(stateFromSearch(urlOfState('/cari/', state).split('?')[1]!, offered)).toEqual(state);
  });

  it('gives Pagefind only the filters that are set', () => {
    expect(filtersOf({ ...EMPTY_STATE, q: 'x', topik: 'rusia' })).toEqual({ topik: 'rusia' });
    expect(filtersOf(EMPTY_STATE)).toEqual({});
  });
});
