/** Validates raw frontmatter into the brief's metadata (contract §2), collecting problems. */
import { STATUSES, type BriefMeta, type Problem, type ProblemCode, type Status } from './model.js';
import { closestMatches } from '../text/suggest.js';

export const KNOWN_KEYS = [
  'title', 'date', 'author', 'source', 'region', 'tags', 'status', 'key_question', 'summary', 'scenarios',
] as const;

export interface MetadataResult {
  meta: Omit<BriefMeta, 'id' | 'path' | 'title'> & { title: string | null };
  summary: string | null;
  problems: Problem[];
}

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

function own(data: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}

function isScalarValue(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The scalar at a path as the writer typed it, where YAML read a number (frontmatter.ts). */
export type AsWritten = (path: ReadonlyArray<string | number>) => string | null;

/** A scalar as text: a number as written (`0x1F`, `007`, thirty digits), not as JavaScript prints it. */
export function scalarText(value: string | number | boolean, path: ReadonlyArray<string | number>, asWritten: AsWritten): string {
  return typeof value === 'number' ? asWritten(path) ?? String(value) : String(value);
}

export function readMetadata(data: Record<string, unknown>, keyLines: Record<string, number>, fallbackLine: number,
  asWritten: AsWritten = () => null): MetadataResult {
  const problems: Problem[] = [];
  const lineOf = (key: string): number => keyLines[key] ?? fallbackLine;
  const report = (code: ProblemCode, key: string, message: string): void => {
    problems.push({ code, line: lineOf(key), column: 1, message });
  };

  /** A single string; numbers and booleans are read as text but reported. */
  const text = (key: string, required: boolean): string | null => {
    const value = own(data, key);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) report('required-missing', key, `"${key}" is ${value === undefined ? 'missing' : 'empty'}; add ${key}: ...`);
      return null;
    }
    if (typeof value === 'string') return value.trim();
    if (isScalarValue(value)) {
      const written = scalarText(value, [key], asWritten);
      report('wrong-type', key, `"${key}" should be text; quote it: ${key}: "${written}"`);
      return written;
    }
    report('wrong-type', key, `"${key}" should be text, not a ${Array.isArray(value) ? 'list' : 'mapping'}`);
    return null;
  };

  /** A string or a list of strings; a string with commas is split (`tags: a, b`). */
  const list = (key: string, required: boolean, splitCommas: boolean): string[] => {
    const value = own(data, key);
    let items: string[] = [];
    if (typeof value === 'string') {
      items = splitCommas ? value.split(',') : [value];
    } else if (isScalarValue(value)) {
      items = [scalarText(value, [key], asWritten)];
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) {
        if (isScalarValue(item)) items.push(scalarText(item, [key, i], asWritten));
        else if (item !== null) report('wrong-type', key, `each item of "${key}" should be text`);
      }
    } else if (value !== undefined && value !== null) {
      report('wrong-type', key, `"${key}" should be text or a list of text, not a mapping`);
    }
    items = items.map((s) => s.trim()).filter((s) => s !== '');
    if (required && items.length === 0) {
      report('required-missing', key, `"${key}" is ${value === undefined ? 'missing' : 'empty'}; add ${key}: ...`);
    }
    return items;
  };

  const title = text('title', true);

  let date: string | null = null;
  const rawDate = own(data, 'date');
  if (rawDate === undefined || rawDate === null || rawDate === '') {
    report('required-missing', 'date', `"date" is ${rawDate === undefined ? 'missing' : 'empty'}; add date: YYYY-MM-DD`);
  } else {
    date = typeof rawDate === 'string' ? parseCalendarDate(rawDate) : null;
    if (date === null) {
      const written = isScalarValue(rawDate) ? scalarText(rawDate, ['date'], asWritten) : String(rawDate);
      report('invalid-value', 'date', `"date: ${written}" is not a calendar date; write it as YYYY-MM-DD`);
    }
  }

  const author = list('author', true, false);
  const source = text('source', false);
  const region = list('region', false, true);
  const tags = list('tags', false, true);

  let status: Status = 'draft';
  const rawStatus = own(data, 'status');
  if (rawStatus !== undefined && rawStatus !== null) {
    const written = isScalarValue(rawStatus) ? scalarText(rawStatus, ['status'], asWritten) : String(rawStatus);
    const wanted = written.trim().toLowerCase();
    if ((STATUSES as readonly string[]).includes(wanted)) status = wanted as Status;
    else report('invalid-value', 'status', `"status: ${written}" is not one of ${STATUSES.join(', ')}`);
  }

  const keyQuestion = text('key_question', false);
  const summary = text('summary', false);

  const scenarios = own(data, 'scenarios');
  if (scenarios !== undefined && scenarios !== null && (typeof scenarios !== 'object' || Array.isArray(scenarios))) {
    report('wrong-type', 'scenarios', '"scenarios" should map labels to attributes (A: {likelihood: likely})');
  }

  for (const key of Object.keys(data)) {
    if ((KNOWN_KEYS as readonly string[]).includes(key)) continue;
    const near = closestMatches(key.replace(/-/g, '_'), KNOWN_KEYS, 1);
    report('unknown-key', key,
      `unknown frontmatter key "${key}"${near.length > 0 ? `; did you mean "${near[0]}"?` : ''}`);
  }

  return { meta: { title, date, author, source, region, tags, status, keyQuestion }, summary, problems };
}
