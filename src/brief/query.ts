/** Pure selectors over briefs' metadata: filtering and sorting, as `brief list` does. */
import type { BriefMeta, Status } from './model.js';

export interface BriefFilter {
  /** Every one of these tags (case-insensitive). */
  tag?: string[];
  /** Any of these regions (case-insensitive). */
  region?: string[];
  /** Part of an author's name (case-insensitive). */
  author?: string;
  status?: Status;
  /** Inclusive YYYY-MM-DD bounds; undated briefs are left out when either is set. */
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
    (opts.since === undefined || (b.date !== null && b.date >= opts.since)) &&
    (opts.until === undefined || (b.date !== null && b.date <= opts.until)));
}

/** Titles sort as people read them (accents, case); ids and dates are ASCII and compare directly. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const ascii = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortBriefs(briefs: BriefMeta[], sort: 'date' | 'title', reverse = false): BriefMeta[] {
  const byTitle = (a: BriefMeta, b: BriefMeta): number => collator.compare(a.title, b.title) || ascii(a.id, b.id);
  // Newest first; undated briefs last.
  const byDate = (a: BriefMeta, b: BriefMeta): number => ascii(b.date ?? '', a.date ?? '') || ascii(a.id, b.id);
  const sorted = [...briefs].sort(sort === 'title' ? byTitle : byDate);
  return reverse ? sorted.reverse() : sorted;
}

