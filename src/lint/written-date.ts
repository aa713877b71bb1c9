/**
 * Dates as people type them (30/11/2026, 30 Nov 2026, November 30, 2026), read back as the
 * `YYYY-MM-DD` the format asks for: for the fix and the suggestion of frontmatter-type; and a
 * date typed with its year too high, for the rules on dates later than today.
 */
import { parseCalendarDate, parsePeriod, periodBounds } from '../brief/period.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export type WrittenDate =
  | { iso: string }
  /** Day and month could be either way round (03/04/2026): both readings, day first first. */
  | { dayFirst: string; monthFirst: string };

const iso = (year: number, month: number, day: number): string | null =>
  parseCalendarDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

/** A month's name or its abbreviation ("Nov", "Sept."), 1-12; null for any other word. */
function monthOf(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  const i = word.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(word)) : -1;
  return i >= 0 ? i + 1 : null;
}

/** The ISO date a typed date stands for, both readings when it is ambiguous, or null. */
export function readWrittenDate(value: string): WrittenDate | null {
  const text = value.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) {
    const day = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return day ? { iso: day } : null;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dayFirst = iso(year, b, a);
    const monthFirst = iso(year, a, b);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { dayFirst, monthFirst };
    const only = dayFirst ?? monthFirst;
    return only ? { iso: only } : null;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?),? (\d{4})$/i.exec(text);
  if (m) {
    const month = monthOf(m[2]!);
    const day = month ? iso(Number(m[3]), month, Number(m[1])) : null;
    return day ? { iso: day } : null;
  }
  m = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(text);
  if (m) {
    const month = monthOf(m[1]!);
    const day = month ? iso(Number(m[3]), month, Number(m[2])) : null;
    return day ? { iso: day } : null;
  }
  return null;
}

/**
 * A date later than today whose year was typed too high (2027 or 2062 for 2026): the same day,
 * month or year this year, if it has come; null when that is no guess (this year's has not come).
 */
export function sameDateThisYear(date: string, today: string): string | null {
  if (date.slice(0, 4) <= today.slice(0, 4)) return null;
  const guess = parsePeriod(`${today.slice(0, 4)}${date.slice(4)}`);
  return guess !== null && periodBounds(guess).start <= today ? guess : null;
}
