/**
 * The metadata lines of text pasted from a web page: the site's tag strip, the byline, a date
 * line, the key question, a dateline naming the source. Pure: a line in, what it says out.
 */

/** A CamelCase run: `Afghanistan`, `US` before `China`, `2025`. */
const CAMEL_RUN = /\p{Lu}{2,}(?=\p{Lu}\p{Ll}|[^\p{L}]|$)|\p{Lu}[\p{Ll}\p{M}'’]*|\p{N}+/gu;
const GLUED = /^(?:\p{Lu}[\p{L}\p{M}\p{N}'’]*)$/u;
const TAGS_PREFIX = /^(?:tags?|topics?|categories|category|filed under)\s*:\s*(.+)$/i;
const SEPARATORS = /\s*[|·•,;/]\s*/;

/**
 * The tags of a site's tag strip: glued CamelCase (`AfghanistanAnalysisGovernment`, as a
 * browser copies a row of links), separated (`Afghanistan | Analysis`) or after `Tags:`.
 * Null when the line is not one. `top`: the line stands above the title, where a strip without
 * a prefix may be.
 */
export function readTagStrip(line: string, top: boolean): string[] | null {
  const text = line.trim();
  const prefixed = TAGS_PREFIX.exec(text);
  if (prefixed) return splitTags(prefixed[1]!, SEPARATORS);
  if (!top) return null;
  if (GLUED.test(text) && text.length <= 300) {
    const runs = text.match(CAMEL_RUN) ?? [];
    // Only when the runs make up the whole line, so `McDonald's` is not split into a strip.
    return runs.join('') === text.replace(/[-–]/g, '') && runs.length >= 2 ? runs : null;
  }
  if (/[|·•]/.test(text)) {
    const parts = splitTags(text, /\s*[|·•]\s*/);
    if (parts && parts.length >= 2 && parts.every((p) => p.split(/\s+/).length <= 4 && /^[\p{Lu}\p{N}]/u.test(p))) return parts;
  }
  return null;
}

function splitTags(text: string, separator: RegExp): string[] | null {
  const parts = text.split(separator).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => p.length <= 60) ? parts : null;
}

/** A name: capitalised words, with the particles names carry (`de`, `van`, `al-`, `bin`). */
const NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|da|del|der|van|von|bin|ibn|al|el|la|le|du|dos)(?:-\p{L}+)?)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|da|del|der|van|von|bin|ibn|al|el|la|le|du|dos)(?:-\p{L}+)?)){0,5}$/u;
const BYLINE = /^(?:by|written by|words by|authors?\s*:)\s+(.+)$/i;

/** The authors and the date (if any) of a byline: `By Jane Doe`, `By A and B | 8 November 2025`. */
export function readByline(line: string): { authors: string[]; date: string | null } | null {
  const text = line.trim();
  if (text.length > 200) return null;
  const m = BYLINE.exec(text);
  if (!m) return null;
  let rest = m[1]!.trim();
  let date: string | null = null;
  const split = /\s*(?:[|·•]|[,–—-](?=\s*(?:\p{L}+day,?\s+)?(?:\d|\p{Lu}\p{Ll}+\.?\s+\d)))\s*(.+)$/u.exec(rest);
  if (split) {
    date = readDateLine(split[1]!);
    if (date !== null) rest = rest.slice(0, split.index);
  }
  const authors = rest.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i).map((a) => a.trim()).filter(Boolean);
  return authors.length > 0 && authors.length <= 8 && authors.every((a) => NAME.test(a)) ? { authors, date } : null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_PREFIX = '^(?:(?:published|posted|updated|date|dated|last updated)(?:\\s+on)?\\s*:?\\s*)?(?:\\p{L}+day,?\\s+)?';
const MONTH_FIRST = new RegExp(`${DATE_PREFIX}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'iu');
const DAY_FIRST = new RegExp(`${DATE_PREFIX}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})$`, 'iu');
const MONTH_YEAR = new RegExp(`${DATE_PREFIX}${MONTH}\\s+(\\d{4})$`, 'iu');
const ISO = new RegExp(`${DATE_PREFIX}(\\d{4})-(\\d{2})-(\\d{2})$`, 'iu');

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
}

function calendar(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * A line that is only a date, as written on a page (`November 8, 2025`, `8 November 2025`,
 * `Published: 2025-11-08`, `November 2025`): the calendar date (`YYYY-MM-DD`, or `YYYY-MM`),
 * never shifted by a time zone. Numeric dates such as `08/11/2025` are ambiguous: not read.
 */
export function readDateLine(line: string): string | null {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length > 60) return null;
  let m = ISO.exec(text);
  if (m) return calendar(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(text);
  if (m) return calendar(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return calendar(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = MONTH_YEAR.exec(text);
  if (m) return `${m[2]}-${pad(monthNumber(m[1]!))}`;
  return null;
}

/**
 * A date with the time a news site adds, even glued to the year as a copy gives it
 * (`September 22, 20256:45 PM GMTUpdated 2 hours ago`): the calendar date, the time left out.
 */
const STAMP = /^(.{6,40}?\b\d{4})\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}(?![a-z]))?(?:\s*(?:Updated|Published)\b.{0,40})?$/u;

export function readDateStamp(line: string): string | null {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text.length > 100) return null;
  const m = STAMP.exec(text.replace(/^(?:Updated|Published|Posted)\s+/i, ''));
  return m ? readDateLine(m[1]!) : null;
}

/** `The key question now is: what does X mean?` -> `What does X mean?` (also `The key question: ...?`). */
const QUESTION = '\\b(?:key|central|main|core|critical|crucial|big|real)\\s+question\\b';
const KEY_QUESTIONS = [
  new RegExp(`${QUESTION}[^:?.]{0,80}?\\b(?:is|remains|becomes)\\b\\s*:?\\s*([^?]{3,300}\\?)`, 'iu'),
  new RegExp(`${QUESTION}\\s*:\\s*([^?]{3,300}\\?)`, 'iu'),
];

export function readKeyQuestion(paragraph: string): string | null {
  const text = paragraph.replace(/\s+/g, ' ');
  const m = KEY_QUESTIONS.map((p) => p.exec(text)).find((found) => found !== null);
  if (!m) return null;
  const question = m[1]!.trim();
  return question.charAt(0).toUpperCase() + question.slice(1);
}

/** The publisher named at the head of the first paragraph: `DID Press: ...`, `(Reuters) - ...`. */
const PRESS_DATELINE = /^((?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}(?:Press|News|Agency|Media|Times|Post|Daily|Wire|Network|Monitor|Tribune|Herald|Journal|Gazette|Observer))\s*:\s/u;
// The place may carry the day: `TALLINN, Sept 22 (Reuters) - `.
const WIRE_DATELINE = /^(?:\p{Lu}[\p{L}\p{M}\p{N} ,.-]{0,40}\s)?\((\p{Lu}[\p{L} .&]{1,30})\)\s*[-–—]\s/u;

export function readDateline(paragraph: string): string | null {
  return PRESS_DATELINE.exec(paragraph)?.[1] ?? WIRE_DATELINE.exec(paragraph)?.[1] ?? null;
}
