import type { SourceParagraph } from './paragraphs.ts';

/** A day in the calendar, without time or zone; month 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A date written in the text: "Kamis (8/11/2024)", "8/11/2024", "Jumat, 8 November 2024". */
export interface DateMention {
  /** The expression exactly as it stands in the text. */
  text: string;
  /** 1-based source line. */
  line: number;
  date: CalendarDate;
  /** The weekday written right before the date, if any (0 = Minggu/Sunday, as Date#getUTCDay). */
  weekday?: number;
}

const UTC = { timeZone: 'UTC' } as const;
const weekdayFormat = new Intl.DateTimeFormat('id-ID', { ...UTC, weekday: 'long' });
const longDateFormat = new Intl.DateTimeFormat('id-ID', { ...UTC, day: 'numeric', month: 'long', year: 'numeric' });

/** Weekday names, lowercase, as Intl writes them ("senin" ... "minggu") and as publishers also do. */
export const WEEKDAYS = new Map<string, number>([
  // 3 November 2024 was a Sunday: day 0.
  ...Array.from(
    { length: 7 },
    (_, day) => [weekdayFormat.format(Date.UTC(2024, 10, 3 + day)).toLowerCase(), day] as const,
  ),
  ["jum'at", 5],
  ['jum’at', 5],
  ['jumaat', 5],
  ['ahad', 0],
]);

/** Month names and abbreviations, lowercase, to month 1-12, plus the old spellings still seen. */
export const MONTHS = new Map<string, number>([
  ...(['long', 'short'] as const).flatMap((width) => {
    const format = new Intl.DateTimeFormat('id-ID', { ...UTC, month: width });
    return Array.from({ length: 12 }, (_, m) => [format.format(Date.UTC(2024, m, 1)).toLowerCase(), m + 1] as const);
  }),
  ['pebruari', 2],
  ['nopember', 11],
  ['agt', 8],
  ['ags', 8],
  ['sept', 9],
]);

export const alternatives = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');

/**
 * An optional weekday, then a day-first numeric date, in brackets or not, or a day,
 * a month name and a year. Not inside a longer word or number.
 */
const MENTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<weekday>${alternatives(WEEKDAYS.keys())})\s*,?\s*)?` +
    String.raw`(?:\(?\s*(?<nd>\d{1,2})/(?<nm>\d{1,2})/(?<ny>\d{4})\s*\)?` +
    String.raw`|(?<d>\d{1,2})\s+(?<month>${alternatives(MONTHS.keys())})\.?\s+(?<y>\d{4}))(?![\p{L}\p{N}])`,
  'giu',
);

export interface MentionsFound {
  mentions: DateMention[];
  /** Date-like expressions that name no real day ("31/2/2024"). */
  impossible: { text: string; line: number }[];
}

/** Every date expression in the paragraphs, in reading order. */
export function findDateMentions(paragraphs: readonly SourceParagraph[]): MentionsFound {
  const found: MentionsFound = { mentions: [], impossible: [] };
  for (const { text, line } of paragraphs) {
    for (const match of text.matchAll(MENTION)) {
      const g = match.groups!;
      const year = Number(g.ny ?? g.y);
      const month = g.nm ? Number(g.nm) : MONTHS.get(g.month!.toLowerCase())!;
      const day = Number(g.nd ?? g.d);
      const expression = match[0].trim();
      if (!isRealDate({ year, month, day })) {
        found.impossible.push({ text: expression, line });
        continue;
      }
      const weekday = g.weekday === undefined ? undefined : WEEKDAYS.get(g.weekday.toLowerCase());
      found.mentions.push({
        text: expression,
        line,
        date: { year, month, day },
        ...(weekday === undefined ? {} : { weekday }),
      });
    }
  }
  return found;
}

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf({ year, month, day }: CalendarDate): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** "Jumat" for 0-6. */
export function weekdayName(weekday: number): string {
  return weekdayFormat.format(Date.UTC(2024, 10, 3 + weekday));
}

/** "8 November 2024". */
export function formatIndonesianDate({ year, month, day }: CalendarDate): string {
  return longDateFormat.format(Date.UTC(year, month - 1, day));
}

/** "2024-11-08". */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A warning for each mention whose written weekday is not its date's. */
export function weekdayContradictions(mentions: readonly DateMention[]): string[] {
  return mentions
    .filter((m) => m.weekday !== undefined && m.weekday !== weekdayOf(m.date))
    .map(
      (m) =>
        `line ${m.line}: "${m.text}" says ${weekdayName(m.weekday!)}, but ${formatIndonesianDate(m.date)} was a ${weekdayName(weekdayOf(m.date))}`,
    );
}

/** A weekday with a day and month but no year: "Rabu (23/6)". */
const YEARLESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<weekday>${alternatives(WEEKDAYS.keys())})\s*,?\s*\(\s*(?<day>\d{1,2})/(?<month>\d{1,2})\s*\)`,
  'giu',
);

/**
 * Every date written with its weekday but without a year ("Rabu (23/6)"), in reading
 * order; `date.year` is 0 until the caller knows the year.
 */
export function findYearlessMentions(paragraphs: readonly SourceParagraph[]): (DateMention & { weekday: number })[] {
  return paragraphs.flatMap(({ text, line }) =>
    [...text.matchAll(YEARLESS)].flatMap((match) => {
      const g = match.groups!;
      const [day, month] = [Number(g.day), Number(g.month)];
      if (month < 1 || month > 12 || day < 1 || day > 31) return [];
      return [
        { text: match[0], line, date: { year: 0, month, day }, weekday: WEEKDAYS.get(g.weekday!.toLowerCase())! },
      ];
    }),
  );
}
