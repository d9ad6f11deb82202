import { parseDateTimeWithOffset } from '#src/dates/parse-date-time.ts';
import { IngestError } from './errors.ts';
import { WIB_OFFSET } from '#src/dates/wib.ts';
import { type DateMention, formatIndonesianDate, isoDate } from './indonesian-dates.ts';

export interface PubDate {
  /** The frontmatter value: "2024-11-08T14:30:00+07:00". */
  value: string;
  /** What the editor should be told about how it was chosen, if anything. */
  warning?: string;
}

const DATE_OPTION = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?([+-]\d{2}:\d{2})?)?$/;

/**
 * `--date 2024-11-08`, `2024-11-08T14:30`, `2024-11-08T14:30:15` or with an offset
 * (`2024-11-08T15:30+08:00`); without one the time is WIB, without a time it is 00:00.
 */
export function parseDateOption(raw: string): PubDate {
  const input = raw.trim();
  const match = DATE_OPTION.exec(input);
  if (!match) {
    throw new IngestError(`--date "${raw}" is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM (WIB)`);
  }
  const [, day, time = '00:00', seconds = ':00', offset = WIB_OFFSET] = match;
  const value = `${day}T${time}${seconds}${offset}`;
  if (!parseDateTimeWithOffset(value)) throw new IngestError(`--date "${raw}" is not a real date and time`);
  return match[2] ? { value } : { value, warning: `--date has no time: pubDate is ${value} (00:00 WIB)` };
}

/**
 * The date the text most likely went out: the latest date written with its weekday
 * ("Kamis (8/11/2024)", the publishers' way of dating what was said), else the latest
 * date written at all. Undefined when the text has none.
 */
export function pubDateFromText(mentions: readonly DateMention[]): PubDate | undefined {
  const withWeekday = mentions.filter((m) => m.weekday !== undefined);
  const candidates = withWeekday.length > 0 ? withWeekday : mentions;
  const latest = candidates.reduce<DateMention | undefined>(
    (best, m) => (best === undefined || isoDate(m.date) > isoDate(best.date) ? m : best),
    undefined,
  );
  if (!latest) return undefined;
  const value = `${isoDate(latest.date)}T00:00:00${WIB_OFFSET}`;
  const others = new Set(mentions.map((m) => isoDate(m.date)).filter((d) => d !== isoDate(latest.date))).size;
  return {
    value,
    warning:
      `no --date: pubDate ${value} (${formatIndonesianDate(latest.date)}, 00:00 WIB) from "${latest.text}" on line ${latest.line}` +
      (others > 0 ? `; the text names ${others} other date${others > 1 ? 's' : ''}` : '') +
      '; pass --date to set the day and time',
  };
}
