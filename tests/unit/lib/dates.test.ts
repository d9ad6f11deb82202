import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/format-date.ts';
import { toWibIso } from '../../../src/lib/wib.ts';

describe('dates are shown in Indonesian, in WIB', () => {
  it('formats the seed date with its weekday', () => {
    // 8 November 2024 was a Friday (Jumat).
    expect(formatDate(new Date('2024-11-08T00:00:00+07:00'))).toBe('Jumat, 8 November 2024');
  });

  it('uses Jakarta time, not UTC, for the calendar day', () => {
    // 18:30 UTC on 31 December 2024 is 01:30 WIB on 1 January 2025, a Wednesday (Rabu).
    expect(formatDate(new Date('2024-12-31T18:30:00Z'))).toBe('Rabu, 1 Januari 2025');
    expect(toWibIso(new Date('2024-12-31T18:30:00Z'))).toBe('2025-01-01T01:30:00+07:00');
  });

  it('writes machine dates with the +07:00 offset', () => {
    expect(toWibIso(new Date('2024-11-08T00:00:00+07:00'))).toBe('2024-11-08T00:00:00+07:00');
  });
});
