import { describe, expect, it } from 'vitest';
import { numericForm, numericOrderOf, parsePublisherDate } from '#src/ingest/publisher-date.ts';

describe('parsePublisherDate', () => {
  it.each([
    ['2025-06-03', '2025-06-03T00:00:00+07:00'],
    ['2025-06-03T11:15', '2025-06-03T11:15:00+07:00'],
    ['2025-06-03T11:15:00+08:00', '2025-06-03T11:15:00+08:00'],
    ['Diperbarui 03 Jun 2025, 11:15 WIB', '2025-06-03T11:15:00+07:00'],
    ['Senin, 08 Mei 2017 14:30 WIB', '2017-05-08T14:30:00+07:00'],
    ['Tayang: Senin, 9 Juni 2025 10:05 WITA', '2025-06-09T10:05:00+08:00'],
    ['Rabu, 18 Juni 2025 - 07:45 WIT', '2025-06-18T07:45:00+09:00'],
    ["Penulis-Jum'at, 20 Juni 2025 |14:30 WIB", '2025-06-20T14:30:00+07:00'],
    ['20 Juni 2025 | 10.15 WIB', '2025-06-20T10:15:00+07:00'],
    ['25/12/2024', '2024-12-25T00:00:00+07:00'],
    ['12/25/2024 7:31', '2024-12-25T07:31:00+07:00'],
    ['Warta.com- 18/06/2025, 19:46 WIB', '2025-06-18T19:46:00+07:00'],
    ['5/5/2025', '2025-05-05T00:00:00+07:00'],
  ])('reads %j', (raw, value) => {
    expect(parsePublisherDate(raw)).toEqual({ value });
  });

  it('resolves an ambiguous numeric date by the order its column agrees on, or refuses it', () => {
    expect(parsePublisherDate('5/6/2025', 'day-first')).toEqual({ value: '2025-06-05T00:00:00+07:00' });
    expect(parsePublisherDate('5/6/2025', 'month-first')).toEqual({ value: '2025-05-06T00:00:00+07:00' });
    expect(parsePublisherDate('5/6/2025')).toEqual({
      problem: '"5/6/2025" could be day/month or month/day, and no other date of its form tells which',
    });
  });

  it('refuses what is no date, or no real one, with the reason', () => {
    expect(parsePublisherDate('Gulir ke bawah')).toMatchObject({
      problem: expect.stringContaining('"Gulir ke bawah" is not a date this tool reads'),
    });
    expect(parsePublisherDate('31 Februari 2025')).toEqual({ problem: '"31 Februari 2025" is not a real date' });
    expect(parsePublisherDate('3 Juni 2025 25:10 WIB')).toEqual({
      problem: '"3 Juni 2025 25:10 WIB" is not a real date and time',
    });
  });

  it('warns, not refuses, when the weekday contradicts the date', () => {
    // 3 June 2025 was a Tuesday (Selasa).
    expect(parsePublisherDate('Senin, 3 Juni 2025')).toEqual({
      value: '2025-06-03T00:00:00+07:00',
      weekdayWarning: 'the date "Senin, 3 Juni 2025" says Senin, but 3 Juni 2025 was a Selasa',
    });
  });
});

describe('numericOrderOf', () => {
  it('finds the order from the dates that tell, per form', () => {
    expect(numericOrderOf(['5/6/2025 10:00', '9/17/2025 7:31'])).toBe('month-first');
    expect(numericOrderOf(['5/6/2025', '17/9/2025'])).toBe('day-first');
    expect(numericOrderOf(['5/6/2025', '6/5/2025'])).toBeUndefined();
    expect(numericOrderOf(['17/9/2025', '9/17/2025'])).toBeUndefined();
    expect(numericForm('9/17/2025 7:31')).toBe(numericForm('5/6/2025 10:00'));
    expect(numericForm('Warta.com- 18/06/2025, 19:46 WIB')).not.toBe(numericForm('5/6/2025 10:00'));
    expect(numericForm('3 Juni 2025')).toBeUndefined();
  });
});
