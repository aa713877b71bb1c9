/** Pure selectors over briefs' metadata: filtering and sorting, as `brief list` does. */
import type { BriefMeta, Status } from './model.js';
import { periodOverlaps } from './period.js';

export interface BriefFilter {
  /** Every one of these tags (case-insensitive). */
  tag?: string[];
  /** Any of these regions (case-insensitive). */
  region?: string[];
  /** Part of an author's name (case-insensitive). */
  author?: string;
  status?: Status;
  /**
   * Inclusive bounds, each a day, month or year (`2025-01-01`, `2025-01`, `2025`); a brief
   * dated to a month or year is kept when its period overlaps the range. Undated briefs are
   * left out when either is set.
   */
  since?: string;
  until?: string;
}

export function filterBriefs(briefs: BriefMeta[], opts: BriefFilter): BriefMeta[] {
  const lower = (s: string): string => s.toLowerCase();
  const tags = (opts.tag ?? []).map(lower);
  const regions = (opts.region ?? []).map(lower);
  const author = opts.author ? lower(opts.author) : null;
  return briefs.filter((b) =>
    tags.every((t) => b.tags.some((bt) => lower(bt) === t)) &&
    (regions.length === 0 || b.region.some((r) => regions.includes(lower(r)))) &&
    (author === null || b.author.some((a) => lower(a).includes(author))) &&
    (opts.status === undefined || b.status === opts.status) &&
    ((opts.since === undefined && opts.until === undefined) || (b.date !== null && periodOverlaps(b.date, opts.since, opts.until))));
}

/** Titles sort as people read them (accents, case); ids and dates are ASCII and compare directly. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const ascii = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortBriefs<T extends Pick<BriefMeta, 'id' | 'title' | 'date'>>(briefs: T[], sort: 'date' | 'title', reverse = false): T[] {
  const byTitle = (a: T, b: T): number => collator.compare(a.title, b.title) || ascii(a.id, b.id);
  // Newest first; undated briefs last. Dates compare as written, so a month or year sorts by its
  // start and after the days in it (`2013-06-14`, `2013-06`, `2013`), the coarser being the older.
  const byDate = (a: T, b: T): number => ascii(b.date ?? '', a.date ?? '') || ascii(a.id, b.id);
  const sorted = [...briefs].sort(sort === 'title' ? byTitle : byDate);
  return reverse ? sorted.reverse() : sorted;
}

