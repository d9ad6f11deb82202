/**
 * Western Indonesia Time (WIB), the one time every Warta date is read and shown in:
 * UTC+7 all year, no daylight saving. This is the only place the offset is written.
 *
 * Dates are shown at the fixed offset, not in the Asia/Jakarta zone: that zone's history
 * gives Batavia's local mean time (+07:07:12) before 1924 and +09:00 in 1942–45, so an
 * archive date would not show as written and its ISO form would carry an offset with
 * seconds that validators reject.
 */
const WIB_OFFSET_HOURS = 7;

/** "+07:00": the offset as written in ISO 8601 date-times. */
export const WIB_OFFSET = `+${String(WIB_OFFSET_HOURS).padStart(2, '0')}:00`;

/** The offset in milliseconds, for wall-clock arithmetic. */
const WIB_OFFSET_MS = WIB_OFFSET_HOURS * 3_600_000;

/** The fixed UTC+7 zone for Intl (POSIX names count the sign the other way round). */
export const WIB_TIME_ZONE = `Etc/GMT-${WIB_OFFSET_HOURS}`;

/** The first and last years a date may have in WIB: ISO 8601 and feeds need four digits, and nothing Warta shows is older. */
export const WIB_YEARS = { first: 1900, last: 9999 } as const;

/** A date's wall-clock fields in WIB, read as UTC fields of the shifted instant. */
function wibWallClock(date: Date): Date {
  return new Date(date.getTime() + WIB_OFFSET_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * "2024-11-08T00:00:00+07:00": an ISO 8601 date-time in WIB with its offset, for
 * `<time datetime>`, JSON-LD and feeds, so machines see the same wall-clock time readers do.
 */
export function toWibIso(date: Date): string {
  const wall = wibWallClock(date);
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${WIB_OFFSET}`
  );
}

/** True when the date's year in WIB is one Warta can show (WIB_YEARS). */
export function isWithinWibYears(date: Date): boolean {
  const year = wibWallClock(date).getUTCFullYear();
  return year >= WIB_YEARS.first && year <= WIB_YEARS.last;
}
