import { describe, expect, it } from 'vitest';
import { archivePages, archivePeriods, type ArchiveOptions } from '#src/listings/archive-pages.ts';
import { monthOf, periodLabel, yearOf } from '#src/dates/period.ts';
import { legacyPageNumbers } from '#src/listings/legacy-pages.ts';
import { cacheKey, listingCacheKey } from '#src/listings/cache-key.ts';
import { isLegacyListingPath } from '#src/listings/routes.ts';

/** Items are their own period ("2024/11#3" belongs to "2024/11"), newest first. */
const byMonth: ArchiveOptions<string> = {
  pageSize: 2,
  periodOf: (item) => item.split('#')[0]!,
  paramOf: (period) => period,
  urlOf: (param) => `/arsip/${param}/`,
};
const items = (period: string, count: number) => Array.from({ length: count }, (_, i) => `${period}#${count - i}`);

describe('archivePages', () => {
  it('pages each period on its own, newest period first, and links each to the next older one', () => {
    const pages = archivePages([...items('2024/12', 1), ...items('2024/11', 3)], byMonth);
    expect(pages.map((p) => [p.period, p.param, p.items, p.prevUrl, p.nextUrl, p.olderPeriodUrl])).toEqual([
      ['2024/12', '2024/12', ['2024/12#1'], undefined, undefined, '/arsip/2024/11/'],
      ['2024/11', '2024/11', ['2024/11#3', '2024/11#2'], undefined, '/arsip/2024/11/halaman/2/', undefined],
      ['2024/11', '2024/11/halaman/2', ['2024/11#1'], '/arsip/2024/11/', undefined, undefined],
    ]);
  });

  it('leaves every page of a past period exactly as it was when a newer article arrives', () => {
    const before = archivePages([...items('2024/11', 5), ...items('2024/10', 4)], byMonth);
    const after = archivePages(['2024/12#1', ...items('2024/11', 5), ...items('2024/10', 4)], byMonth);
    const past = (pages: typeof before) => pages.filter((p) => p.period !== '2024/12');
    expect(past(after)).toEqual(past(before));
    expect(after.filter((p) => p.period === '2024/12')).toHaveLength(1);
  });

  it('changes only its own period when an article arrives late, dated in the past', () => {
    const before = archivePages([...items('2024/12', 2), ...items('2024/10', 2)], byMonth);
    const after = archivePages([...items('2024/12', 2), '2024/11#1', ...items('2024/10', 2)], byMonth);
    expect(after.filter((p) => p.period === '2024/10')).toEqual(before.filter((p) => p.period === '2024/10'));
    // The month before it now links to the new month instead of skipping over it.
    expect(after[0]!.olderPeriodUrl).toBe('/arsip/2024/11/');
  });

  it('has no pages for no items', () => {
    expect(archivePages([], byMonth)).toEqual([]);
  });
});

describe('archivePeriods', () => {
  it('counts the items of each period, newest first, with its URL', () => {
    expect(archivePeriods([...items('2023/01', 1), ...items('2024/11', 3)], byMonth)).toEqual([
      { period: '2024/11', count: 3, url: '/arsip/2024/11/' },
      { period: '2023/01', count: 1, url: '/arsip/2023/01/' },
    ]);
  });
});

describe('archive periods in WIB', () => {
  it('puts 00:30 WIB on 1 December in December, though it is 30 November in UTC', () => {
    const date = new Date('2024-11-30T17:30:00Z');
    expect(monthOf(date)).toBe('2024/12');
    expect(monthOf(new Date('2024-11-30T16:59:59Z'))).toBe('2024/11');
    expect(yearOf(new Date('2024-12-31T17:00:00Z'))).toBe('2025');
  });

  it('writes the first and last years an article may have with four digits', () => {
    expect(monthOf(new Date('1900-01-01T00:00:00+07:00'))).toBe('1900/01');
    expect(monthOf(new Date('9999-12-31T23:59:59+07:00'))).toBe('9999/12');
  });

  it('names months in Indonesian and years as numbers', () => {
    expect(periodLabel('2024/11')).toBe('November 2024');
    expect(periodLabel('2025/02')).toBe('Februari 2025');
    expect(periodLabel('2024')).toBe('2024');
  });
});

describe('legacy pages', () => {
  it('lists the old page numbers 2 to the last for a listing', () => {
    expect(legacyPageNumbers(41, 20)).toEqual([2, 3]);
    expect(legacyPageNumbers(40, 20)).toEqual([2]);
    expect(legacyPageNumbers(20, 20)).toEqual([]);
    expect(legacyPageNumbers(0, 20)).toEqual([]);
  });

  it('recognizes the old paginated paths and nothing else', () => {
    expect(isLegacyListingPath('halaman/2/')).toBe(true);
    expect(isLegacyListingPath('topik/korea-utara/halaman/12/')).toBe(true);
    expect(isLegacyListingPath('arsip/2024/11/halaman/2/')).toBe(false);
    expect(isLegacyListingPath('topik/korea-utara/2024/halaman/2/')).toBe(false);
    expect(isLegacyListingPath('topik/halaman/')).toBe(false);
  });
});

describe('cache keys', () => {
  const page = {
    items: [
      { digest: 'a1', data: 'x' },
      { digest: 'b2', data: 'y' },
    ],
    current: 1,
    nextUrl: '/n/',
  };

  it('change with any listed digest or navigation, and not with what the digest already covers', () => {
    const key = listingCacheKey(page);
    expect(listingCacheKey({ ...page, items: [page.items[0]!, { digest: 'b3', data: 'y' }] })).not.toBe(key);
    const moved = { ...page, nextUrl: '/m/' };
    expect(listingCacheKey(moved)).not.toBe(key);
    expect(listingCacheKey(page, 'Korea Utara')).not.toBe(key);
    expect(listingCacheKey({ ...page, items: page.items.map((item) => ({ ...item, data: 'z' })) })).toBe(key);
  });

  it('is a SHA-256 of the JSON, in base64url', () => {
    // sha256("[1]") computed independently: printf '[1]' | sha256sum | xxd -r -p | base64 | tr '+/' '-_' | tr -d =
    expect(cacheKey([1])).toBe('CAqe1ChVnvYCZotMAPEU8aEcP2sCpDXwvcFUV45NfyI');
  });
});
