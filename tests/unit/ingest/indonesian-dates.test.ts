import { describe, expect, it } from 'vitest';
import {
  findDateMentions,
  formatIndonesianDate,
  weekdayContradictions,
  weekdayName,
  weekdayOf,
} from '#src/ingest/indonesian-dates.ts';
import { parseDateOption, pubDateFromText } from '#src/ingest/date-option.ts';

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('findDateMentions', () => {
  it("reads the publishers' date forms, day first", () => {
    const { mentions } = findDateMentions(
      paragraphs(
        'kata Peskov, Kamis (8/11/2024). Lalu pada 17 Agustus 1945 dan JUMAT, 1 Nov. 2024,',
        "juga Jum'at 3/1/2025 serta 12 Nopember 2024 dan (5/11/2024)",
      ),
    );
    expect(mentions).toEqual([
      { text: 'Kamis (8/11/2024)', line: 1, date: { year: 2024, month: 11, day: 8 }, weekday: 4 },
      { text: '17 Agustus 1945', line: 1, date: { year: 1945, month: 8, day: 17 } },
      { text: 'JUMAT, 1 Nov. 2024', line: 1, date: { year: 2024, month: 11, day: 1 }, weekday: 5 },
      { text: "Jum'at 3/1/2025", line: 2, date: { year: 2025, month: 1, day: 3 }, weekday: 5 },
      { text: '12 Nopember 2024', line: 2, date: { year: 2024, month: 11, day: 12 } },
      { text: '(5/11/2024)', line: 2, date: { year: 2024, month: 11, day: 5 } },
    ]);
  });

  it('ignores numbers that are not dates and sets aside impossible dates', () => {
    const found = findDateMentions(
      paragraphs('10.000 tentara, skor 3/1, 12/2024, 108/11/2024, 29/2/2023 dan 31 April 2024'),
    );
    expect(found.mentions).toEqual([]);
    expect(found.impossible).toEqual([
      { text: '29/2/2023', line: 1 },
      { text: '31 April 2024', line: 1 },
    ]);
  });
});

describe('weekdays', () => {
  it('knows the real weekday of a date, in Indonesian', () => {
    // Checked against a calendar: 8 Nov 2024 was a Friday, 17 Aug 1945 a Friday, 1 Jan 2025 a Wednesday.
    expect(weekdayName(weekdayOf({ year: 2024, month: 11, day: 8 }))).toBe('Jumat');
    expect(weekdayName(weekdayOf({ year: 1945, month: 8, day: 17 }))).toBe('Jumat');
    expect(weekdayName(weekdayOf({ year: 2025, month: 1, day: 1 }))).toBe('Rabu');
    expect(formatIndonesianDate({ year: 2024, month: 11, day: 8 })).toBe('8 November 2024');
  });

  it('warns when the written weekday contradicts the date, as in the seed', () => {
    const { mentions } = findDateMentions(
      paragraphs('ujarnya, Kamis (8/11/2024).', 'Senin (4/11/2024) dan Rabu, 1 Januari 2025'),
    );
    expect(weekdayContradictions(mentions)).toEqual([
      'line 1: "Kamis (8/11/2024)" says Kamis, but 8 November 2024 was a Jumat',
    ]);
  });
});

describe('pubDateFromText', () => {
  it('takes the latest date written with its weekday, at 00:00 WIB, and says so', () => {
    const { mentions } = findDateMentions(
      paragraphs('Sejak 24 Februari 2022, lalu Rabu (6/11/2024) dan Kamis (7/11/2024), sidang 20 Januari 2025.'),
    );
    const pubDate = pubDateFromText(mentions)!;
    expect(pubDate.value).toBe('2024-11-07T00:00:00+07:00');
    expect(pubDate.warning).toMatch(/"Kamis \(7\/11\/2024\)" on line 1/);
    expect(pubDate.warning).toMatch(/00:00 WIB/);
    expect(pubDate.warning).toMatch(/3 other dates/);
  });

  it('falls back to the latest date of any form, and to nothing', () => {
    const { mentions } = findDateMentions(paragraphs('Pada 3 Maret 2024 dan 1 Februari 2024.'));
    expect(pubDateFromText(mentions)?.value).toBe('2024-03-03T00:00:00+07:00');
    expect(pubDateFromText([])).toBeUndefined();
  });
});

describe('parseDateOption', () => {
  it.each([
    ['2024-11-08', '2024-11-08T00:00:00+07:00', true],
    ['2024-11-08T14:30', '2024-11-08T14:30:00+07:00', false],
    ['2024-11-08 14:30:15', '2024-11-08T14:30:15+07:00', false],
    ['2024-11-08T15:30+08:00', '2024-11-08T15:30:00+08:00', false],
  ])('%s is %s', (input, value, warns) => {
    const parsed = parseDateOption(input);
    expect(parsed.value).toBe(value);
    expect(parsed.warning !== undefined).toBe(warns);
  });

  it.each(['8/11/2024', '2024-11-8', 'kemarin', '2024-11-08T14', '2024-11-08T14:30Z', ''])(
    'rejects the form of %j',
    (input) => {
      expect(() => parseDateOption(input)).toThrow(/is not a date: write YYYY-MM-DD/);
    },
  );

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-11-08T24:00', '2024-11-08T10:00+15:00'])(
    'rejects the impossible %s',
    (input) => {
      expect(() => parseDateOption(input)).toThrow(/not a real date and time/);
    },
  );
});
