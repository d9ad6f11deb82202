import { describe, expect, it } from 'vitest';
import { parseDateTimeWithOffset } from '#src/dates/parse-date-time.ts';

describe('parseDateTimeWithOffset', () => {
  it('reads a WIB date-time as the right instant', () => {
    // 00:00 WIB on 8 November is 17:00 UTC on 7 November.
    expect(parseDateTimeWithOffset('2024-11-08T00:00:00+07:00')?.toISOString()).toBe('2024-11-07T17:00:00.000Z');
    expect(parseDateTimeWithOffset('2024-11-08T14:30+07:00')?.toISOString()).toBe('2024-11-08T07:30:00.000Z');
    expect(parseDateTimeWithOffset('2024-02-29T08:00:00+08:00')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it.each([
    ['2024-02-31T10:00:00+07:00', 'no 31 February'],
    ['2023-02-29T10:00:00+07:00', 'not a leap year'],
    ['2024-13-01T10:00:00+07:00', 'month 13'],
    ['2024-11-08T24:00:00+07:00', 'hour 24'],
    ['2024-11-08T10:60:00+07:00', 'minute 60'],
    ['2024-11-08T10:00:00+19:00', 'offset beyond +14:00'],
    ['2024-11-08T10:00:00', 'no offset'],
    ['2024-11-08T10:00:00Z', 'Z instead of a numeric offset'],
    ['8/11/2024', 'not ISO'],
  ])('rejects %s (%s)', (value) => {
    expect(parseDateTimeWithOffset(value)).toBeUndefined();
  });
});
