/**
 * Dates as analysts write them: a day (`2025-11-08`), a month (`2013-06`) or a year (`2013`).
 * A date is kept as written and stands for the period it names, so that `list` can sort and
 * filter briefs dated to different precisions together.
 */

/**
 * A `YYYY-MM-DD` calendar date from what the writer typed, or null when it is not one.
 * A time after the date (`2020-10-02 11:00:00 +0000`) is ignored: the date written is the date.
 * The time must still be one (hours to 23, minutes and seconds to 59, offsets to 14 hours),
 * or `2025-01-01T25:61:61Z` would pass as a date.
 */
export function parseCalendarDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[ \t]*(?:Z|[+-](\d{1,2})(?::?(\d{2}))?))?)?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const over = (field: string | undefined, max: number): boolean => field !== undefined && Number(field) > max;
  if (over(m[4], 23) || over(m[5], 59) || over(m[6], 59) || over(m[7], 14) || over(m[8], 59)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A calendar date, or a month (`2013-06`) or year (`2013`) as written; null when it is none of them. */
export function parsePeriod(value: string): string | null {
  const trimmed = value.trim();
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(trimmed);
  if (!m) return parseCalendarDate(trimmed);
  return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12) ? trimmed : null;
}

/**
 * The first and last day of the period a date names, as `YYYY-MM-DD` strings that compare in
 * order (`2013` is 2013-01-01 to 2013-12-31). Every month ends on day 31 here: no real date
 * falls between a month's last day and 31, so comparisons with real dates are unchanged.
 */
export function periodBounds(date: string): { start: string; end: string } {
  if (date.length === 4) return { start: `${date}-01-01`, end: `${date}-12-31` };
  if (date.length === 7) return { start: `${date}-01`, end: `${date}-31` };
  return { start: date, end: date };
}

/**
 * True when the period `date` names overlaps the range `since`..`until` (both inclusive,
 * each a period too): a brief dated `2013` may have been written in June 2013, so
 * `--since 2013-06-01` keeps it.
 */
export function periodOverlaps(date: string, since: string | undefined, until: string | undefined): boolean {
  const { start, end } = periodBounds(date);
  return (since === undefined || end >= periodBounds(since).start) && (until === undefined || start <= periodBounds(until).end);
}
