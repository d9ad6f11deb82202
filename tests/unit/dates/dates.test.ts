import { describe, expect, it } from 'vitest';
import { formatDate } from '#src/dates/format-date.ts';
import { withDatesAsWritten } from '#src/articles/frontmatter-dates.ts';
import { parseFrontmatterDate } from '#src/dates/parse-date-time.ts';
import { isWithinWibYears, toWibIso } from '#src/dates/wib.ts';

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

describe('WIB is a fixed +07:00, also before Jakarta kept it (issue 10, case 8)', () => {
  it('writes 1 January 1900 at +07:00, not in Batavia mean time (+07:07:12)', () => {
    expect(toWibIso(new Date('1900-01-01T00:00:00+07:00'))).toBe('1900-01-01T00:00:00+07:00');
    // 1943, when Jakarta kept Tokyo time (+09:00): the day shown is the WIB day.
    expect(toWibIso(new Date('1943-06-01T23:30:00+07:00'))).toBe('1943-06-01T23:30:00+07:00');
    expect(formatDate(new Date('1943-06-01T23:30:00+07:00'))).toBe('Selasa, 1 Juni 1943');
  });

  it('keeps four-digit years and tells which years can be shown', () => {
    expect(toWibIso(new Date('9999-12-31T23:59:59+07:00'))).toBe('9999-12-31T23:59:59+07:00');
    expect(isWithinWibYears(new Date('1900-01-01T00:00:00+07:00'))).toBe(true);
    expect(isWithinWibYears(new Date('1899-12-31T23:59:59+07:00'))).toBe(false);
    // 23:00 on 31 December 9999 at -05:00 is 11:00 on 1 January 10000 in WIB.
    expect(isWithinWibYears(new Date('9999-12-31T23:00:00-05:00'))).toBe(false);
  });
});

describe('frontmatter dates as Astro users write them (issue 9, item 6)', () => {
  it('reads a plain date as 00:00 WIB and a date-time with its offset or Z', () => {
    expect((parseFrontmatterDate('2024-11-08') as Date).toISOString()).toBe('2024-11-07T17:00:00.000Z');
    expect((parseFrontmatterDate('2024-11-08T14:30:00+07:00') as Date).toISOString()).toBe('2024-11-08T07:30:00.000Z');
    expect((parseFrontmatterDate('2024-11-08T07:30:00Z') as Date).toISOString()).toBe('2024-11-08T07:30:00.000Z');
  });

  it('tells a wrong form from an impossible date', () => {
    expect(parseFrontmatterDate('kemarin sore')).toBe('format');
    expect(parseFrontmatterDate('2024-11-08T14:30:00')).toBe('format');
    expect(parseFrontmatterDate('2024-02-31')).toBe('impossible');
  });

  it('hands the schema unquoted YAML timestamps as written', () => {
    const file = '---\ntitle: "x"\npubDate: 2024-11-08\nupdatedDate: 2024-11-08T07:00:00+07:00 # pagi\n---\nisi\n';
    const data = {
      title: 'x',
      pubDate: new Date('2024-11-08T00:00:00Z'),
      updatedDate: new Date('2024-11-08T00:00:00Z'),
    };
    expect(withDatesAsWritten(data, file)).toEqual({
      title: 'x',
      pubDate: '2024-11-08',
      updatedDate: '2024-11-08T07:00:00+07:00',
    });
    // Quoted values are strings already and stay as they are.
    expect(withDatesAsWritten({ pubDate: '2024-11-08' }, '---\npubDate: "2024-11-08"\n---\n')).toEqual({
      pubDate: '2024-11-08',
    });
  });
});
