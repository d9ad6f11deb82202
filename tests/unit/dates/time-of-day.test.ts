import { describe, expect, it } from 'vitest';
import { formatTimeOfDay, hasTimeOfDay, writtenWithTime } from '#src/dates/time-of-day.ts';
import { parseFrontmatterDate } from '#src/dates/parse-date-time.ts';

const date = (text: string) => parseFrontmatterDate(text) as Date;

describe('the time of day', () => {
  it('is written as Indonesian newsrooms do, in WIB: "14.30 WIB"', () => {
    expect(formatTimeOfDay(date('2024-11-08T14:30:00+07:00'))).toBe('14.30 WIB');
    expect(formatTimeOfDay(date('2024-11-08T00:05:00Z'))).toBe('07.05 WIB');
    expect(formatTimeOfDay(date('2024-11-08T17:00:00Z'))).toBe('00.00 WIB');
  });

  it('is known only for a date written with a time, and never when the date is not known', () => {
    expect(writtenWithTime(date('2024-11-08'))).toBe(false);
    expect(writtenWithTime(date('2024-11-08T09:00:00+07:00'))).toBe(true);
    expect(hasTimeOfDay({ pubDate: date('2024-11-08T09:00:00+07:00') })).toBe(true);
    expect(hasTimeOfDay({ pubDate: date('2024-11-08T09:00:00+07:00'), dateSource: 'default' })).toBe(false);
    expect(hasTimeOfDay({ pubDate: date('2024-11-08'), dateSource: 'manifest' })).toBe(false);
  });
});
