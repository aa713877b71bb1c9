/** Cleaning what a page's metadata says: names, titles, dates, URLs as a brief writes them. */
import { cleanLine } from '../text/sanitize.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Whitespace collapsed, control characters and bidi overrides out: metadata is one line of untrusted text. */
export function oneLine(text: string | null | undefined): string {
  return cleanLine((text ?? '').replace(/[\u200b\u2028\u2029]+/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * The calendar date as the page wrote it: the date part of an ISO timestamp as it stands (no time
 * zone conversion, which could move it a day), "2025/10/29", "29 October 2025", "October 29, 2025".
 */
export function calendarDate(text: string | null | undefined): string | null {
  const s = oneLine(text);
  const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s])/.exec(s);
  if (iso) return joinDate(iso[1]!, iso[2], iso[3]);
  const month = (name: string): number => MONTHS.findIndex((m) => name.length >= 3 && m.startsWith(name.toLowerCase())) + 1;
  const dayFirst = /^(?:\w+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(s);
  if (dayFirst && month(dayFirst[2]!) > 0) return joinDate(dayFirst[3]!, String(month(dayFirst[2]!)), dayFirst[1]);
  const monthFirst = /^(?:\w+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (monthFirst && month(monthFirst[1]!) > 0) return joinDate(monthFirst[3]!, String(month(monthFirst[1]!)), monthFirst[2]);
  return null;
}

function joinDate(year: string, month?: string, day?: string): string | null {
  const m = month === undefined ? null : Number(month);
  const d = day === undefined ? null : Number(day);
  if (m !== null && (m < 1 || m > 12)) return null;
  if (d !== null && (d < 1 || d > 31)) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return [year, ...(m === null ? [] : [pad(m)]), ...(d === null ? [] : [pad(d)])].join('-');
}

/** A role or an affiliation after a name in a byline ("Senior Fellow", "Europe Programme"): no author. */
const ROLE = /\b(?:Fellow|Director|Analyst|Programme|Program|Professor|Editor|Correspondent|Reporter|Researcher|Lecturer|Adviser|Advisor|Officer|Manager|Coordinator|Institute|Centre|Center|University|Department|Staff|Contributor|Columnist|Writer|Journalist|Scholar|Senior|Chief|Deputy)\b/i;

/** A news agency credited beside the writer ("By Jane Doe, Reuters"): the wire, not a person. */
const AGENCY = /^(?:Reuters|Thomson Reuters|AP|The Associated Press|Associated Press|AFP|Agence France-Presse|Bloomberg|Bloomberg News|dpa|Xinhua|TASS|Kyodo|Kyodo News|Yonhap|ANSA|EFE|PTI|Anadolu|Anadolu Agency|UPI)$/i;

const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?';

/**
 * Where a byline's date begins: an `Updated`/`Published` stamp, a month and a day
 * ("September 22, 2025", "3 March 2025") or an ISO date, which pages set beside the name.
 */
const BYLINE_DATE = new RegExp(`[\\s,]*(?:\\b(?:Updated|Published|Posted|Last updated)\\b|\\b${MONTH_NAME}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH_NAME}\\s+\\d{4}|\\b\\d{4}-\\d{2}-\\d{2}\\b).*$`, 'i');

/**
 * "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]; a profile URL or an e-mail is no name,
 * and the date, a news agency and a role after a comma are not part of the byline's names.
 */
export function authorNames(text: string | null | undefined): string[] {
  let s = oneLine(text).replace(/^(?:(?:written|posted|reported|words)\s+)?by\s*:?\s+/i, '');
  // A byline often carries the date or the role after a separator: "Jane Doe | 29 October 2025".
  s = s.split(/\s+[|•·—–]\s+|\s+-\s+/)[0]!;
  if (s.length > 200) return [];
  s = s.replace(BYLINE_DATE, '').trim();
  if (s === '' || /^https?:|@|^\//i.test(s) || s.length > 120) return [];
  return s.split(/\s*(?:,|;|\band\b|&)\s*/i).map((n) => n.trim())
    .filter((n) => n !== '' && /\p{L}/u.test(n) && n.split(' ').length <= 6 && !ROLE.test(n) && !AGENCY.test(n));
}

const SEPARATORS = /\s+(?:\||–|—|-|::|·|•|»)\s+/;

/**
 * A page title without the site's name: " | Site" (or "Site | ") off when it names the site; a
 * trailing part after " | " off anyway, as sites put their name there.
 */
export function cleanTitle(text: string | null | undefined, site: string | null): string | null {
  const s = oneLine(text);
  if (s === '') return null;
  const parts = s.split(SEPARATORS);
  if (parts.length > 1) {
    const names = [site, ...(site ? [site.replace(/^the\s+/i, '')] : [])].filter(Boolean).map((n) => n!.toLowerCase());
    const isSite = (p: string): boolean => names.includes(p.toLowerCase()) || names.some((n) => n.replace(/\s+/g, '') === p.toLowerCase().replace(/\s+/g, ''));
    if (isSite(parts[parts.length - 1]!)) return cleanTitle(s.slice(0, s.lastIndexOf(parts[parts.length - 1]!)).replace(/\s+\S+\s*$/, ''), site);
    if (isSite(parts[0]!)) return cleanTitle(s.slice(parts[0]!.length).replace(/^\s+\S+\s+/, ''), site);
    const pipe = s.lastIndexOf(' | ');
    if (pipe > 0) return s.slice(0, pipe).trim();
  }
  return s;
}

/** An absolute http(s) URL, resolved against base when relative, or null. */
export function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  const s = oneLine(href);
  if (s === '') return null;
  try {
    const url = base ? new URL(s, base) : new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
