/** Validates raw frontmatter into the brief's metadata (contract §2), collecting problems. */
import { STATUSES, type BriefMeta, type Problem, type ProblemCode, type Status } from './model.js';
import { closestMatches } from '../text/suggest.js';
import { parsePeriod } from './period.js';
import { isSiteKey, SITE_KEYS_READ, siteKey } from './site-keys.js';

export const KNOWN_KEYS = [
  'title', 'date', 'author', 'source', 'url', 'region', 'tags', 'status', 'key_question', 'summary', 'scenarios',
  'changes',
] as const;

/** What an unknown key may be a typo of: the brief's keys, and the site keys that are read. */
const SUGGESTED_KEYS = [...KNOWN_KEYS, ...Object.values(SITE_KEYS_READ).flat()];

export interface MetadataResult {
  meta: Omit<BriefMeta, 'id' | 'path' | 'title'> & { title: string | null };
  summary: string | null;
  /** The line of the key the summary came from (`summary`, else a site's `description`). */
  summaryLine: number | null;
  problems: Problem[];
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

  /** A date to the day, month or year (period.ts); YAML reads a bare year as a number. */
  const dateAt = (key: string, required: boolean): string | null => {
    const value = own(data, key);
    if (value === undefined || value === null || value === '') {
      if (required) report('required-missing', key, `"${key}" is ${value === undefined ? 'missing' : 'empty'}; add ${key}: YYYY-MM-DD`);
      return null;
    }
    if (!isScalarValue(value)) {
      report('wrong-type', key, `"${key}" should be a date (YYYY-MM-DD), not a ${Array.isArray(value) ? 'list' : 'mapping'}`);
      return null;
    }
    const written = scalarText(value, [key], asWritten);
    const date = typeof value === 'boolean' ? null : parsePeriod(written);
    if (date === null) report('invalid-value', key, `"${key}: ${written}" is not a calendar date; write it as YYYY-MM-DD (or YYYY-MM, YYYY)`);
    return date;
  };

  const date = dateAt('date', true);
  const author = list('author', true, false);
  const source = text('source', false);
  const url = text('url', false);
  const region = list('region', false, true);
  const tags = list('tags', false, true);
  // A site's categories are tags to a reader; the first spelling of each is kept.
  for (const name of SITE_KEYS_READ.tags) {
    const key = siteKey(data, name);
    if (key === null) continue;
    const seen = new Set(tags.map((t) => t.toLowerCase()));
    for (const item of list(key, false, true)) if (!seen.has(item.toLowerCase())) { tags.push(item); seen.add(item.toLowerCase()); }
  }

  let status: Status = 'draft';
  const rawStatus = own(data, 'status');
  if (rawStatus !== undefined && rawStatus !== null) {
    const written = isScalarValue(rawStatus) ? scalarText(rawStatus, ['status'], asWritten) : String(rawStatus);
    const wanted = written.trim().toLowerCase();
    if ((STATUSES as readonly string[]).includes(wanted)) status = wanted as Status;
    else report('invalid-value', 'status', `"status: ${written}" is not one of ${STATUSES.join(', ')}`);
  } else {
    status = siteStatus(data, report) ?? status;
  }

  const keyQuestion = text('key_question', false);
  let summary = text('summary', false);
  let summaryKey: string | null = summary === null ? null : 'summary';
  for (const name of SITE_KEYS_READ.summary) {
    const key = summary === null ? siteKey(data, name) : null;
    if (key !== null) { summary = text(key, false); summaryKey = summary === null ? null : key; }
  }
  let updated: string | null = null;
  for (const name of SITE_KEYS_READ.updated) {
    const key = updated === null ? siteKey(data, name) : null;
    if (key !== null) updated = dateAt(key, false);
  }

  const scenarios = own(data, 'scenarios');
  if (scenarios !== undefined && scenarios !== null && (typeof scenarios !== 'object' || Array.isArray(scenarios))) {
    report('wrong-type', 'scenarios', '"scenarios" should map labels to attributes (A: {likelihood: likely})');
  }

  for (const key of Object.keys(data)) {
    if ((KNOWN_KEYS as readonly string[]).includes(key) || isSiteKey(key)) continue;
    const near = closestMatches(key.replace(/-/g, '_'), SUGGESTED_KEYS, 1);
    report('unknown-key', key,
      `unknown frontmatter key "${key}"${near.length > 0 ? `; did you mean "${near[0]}"?` : ''}`);
  }

  return {
    meta: { title, date, updated, author, source, url, region, tags, status, keyQuestion },
    summary,
    summaryLine: summaryKey === null ? null : lineOf(summaryKey),
    problems,
  };
}

/**
 * The status a site's `draft` (Hugo) or `published` (Jekyll) flag gives, or null without one:
 * `draft: false` and `published: true` mean the page is out, so the brief is published.
 * Hugo also takes `published` as a date, which says nothing about status and is left alone.
 */
function siteStatus(data: Record<string, unknown>, report: (code: ProblemCode, key: string, message: string) => void): Status | null {
  const [draftName, publishedName] = SITE_KEYS_READ.status;
  const draftKey = siteKey(data, draftName);
  if (draftKey !== null) {
    const value = data[draftKey];
    if (typeof value === 'boolean') return value ? 'draft' : 'published';
    if (value !== null) report('wrong-type', draftKey, `"${draftKey}" should be true or false`);
    return null;
  }
  const publishedKey = siteKey(data, publishedName);
  const value = publishedKey === null ? undefined : data[publishedKey];
  return typeof value === 'boolean' ? (value ? 'published' : 'draft') : null;
}
