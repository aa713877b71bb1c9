/**
 * The brief filters of `list` (--tag, --region, --author, --status, --since, --until), for every
 * command that reads many briefs: declared once, checked once, and the same hint when a value
 * matches no brief. The filtering itself is filterBriefs (src/brief/query.ts).
 */
import { InvalidArgumentError, Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import { compactMeta, parseBriefMeta } from '../brief/meta.js';
import { STATUSES, type BriefMeta, type Status } from '../brief/model.js';
import { parsePeriod, periodBounds, periodOverlaps } from '../brief/period.js';
import { filterBriefs, type BriefFilter } from '../brief/query.js';
import { cleanLine } from '../text/sanitize.js';
import { closestMatches } from '../text/suggest.js';
import { readOne, type Outcome } from './briefs.js';
import { UsageError } from './errors.js';
import { yieldToEventLoop } from './yield.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The options withBriefFilters adds, as commander gives them. */
export interface FilterOptions { tag?: string[]; region?: string[]; author?: string; status?: Status; since?: string; until?: string }

/** Adds the filter options to a command definition, typed as FilterOptions (commander's own type of six options is too deep to spell). */
export function withBriefFilters<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>): Command<Args, Opts & FilterOptions, Globals> {
  return command
    .option('--tag <tag>', 'only briefs with this tag (repeat to require several)', collect)
    .option('--region <region>', 'only briefs about this region (repeat for any of several)', collect)
    .option('--author <name>', 'only briefs by an author whose name contains this')
    .addOption(statusOption())
    .option('--since <date>', 'only briefs dated on or after YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--until <date>', 'only briefs dated on or before YYYY-MM-DD (or YYYY-MM, YYYY)') as unknown as Command<Args, Opts & FilterOptions, Globals>;
}

/**
 * `--status`, one of STATUSES in any letter case (`Published`), as frontmatter's status is
 * read. Its choices stay listed for help, completion and the message for a value it refuses.
 */
function statusOption(): Option {
  const option = new Option('--status <status>', 'only briefs with this status').choices(STATUSES);
  return option.argParser((value: string) => {
    const status = value.trim().toLowerCase();
    if (!(STATUSES as readonly string[]).includes(status)) throw new InvalidArgumentError(`Allowed choices are ${STATUSES.join(', ')}.`);
    return status;
  });
}

function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = parsePeriod(value);
  if (date === null || date !== value.trim()) throw new UsageError(`${flag} "${cleanLine(value)}" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY`);
  return date;
}

/** The filter the options ask for; a --since or --until that is not a date is a usage error. */
export function briefFilter(opts: FilterOptions): BriefFilter {
  const since = checkDate('--since', opts.since);
  const until = checkDate('--until', opts.until);
  // No date is in both: `--since 2026 --until 2025` is the two typed the wrong way round.
  if (since !== undefined && until !== undefined && periodBounds(since).start > periodBounds(until).end) {
    throw new UsageError(`--since ${since} is later than --until ${until}, so no date is in both; give the earlier date to --since`);
  }
  return { tag: opts.tag, region: opts.region, author: opts.author, status: opts.status, since, until };
}

const lower = (s: string): string => s.toLowerCase();

/** The date filter as typed: `--since 2027`, `--since 2025 --until 2025-06`. */
function dateFilter(opts: FilterOptions): string {
  return [opts.since === undefined ? '' : `--since ${cleanLine(opts.since)}`, opts.until === undefined ? '' : `--until ${cleanLine(opts.until)}`].filter(Boolean).join(' ');
}

/** True when `opts` filters the briefs at all. */
function filtersGiven(opts: FilterOptions): boolean {
  return Boolean(opts.tag?.length || opts.region?.length) || opts.author !== undefined || opts.status !== undefined || opts.since !== undefined || opts.until !== undefined;
}

/**
 * Why the filters kept no brief, told from the briefs read, one at a time: of each field a filter
 * asks for, only the distinct values the briefs have are kept, so a large archive costs no more.
 */
export class FilterMisses {
  private readonly filter: BriefFilter;
  private readonly tags = new Set<string>();
  private readonly regions = new Set<string>();
  private readonly authors = new Set<string>();
  private readonly statuses = new Set<string>();
  private inRange = false;
  private oldest: string | null = null;
  private newest: string | null = null;
  private seen = 0;
  private passes = false;

  constructor(private readonly opts: FilterOptions) {
    // The command has checked the dates already (briefFilter), so this cannot throw.
    this.filter = briefFilter(opts);
  }

  add(b: BriefMeta): void {
    const { opts, filter } = this;
    this.seen += 1;
    if (!this.passes && filterBriefs([b], filter).length > 0) this.passes = true;
    if (opts.tag?.length) for (const t of b.tags) this.tags.add(t);
    if (opts.region?.length) for (const r of b.region) this.regions.add(r);
    if (opts.author !== undefined) for (const a of b.author) this.authors.add(a);
    if (opts.status !== undefined && b.status) this.statuses.add(b.status);
    if ((filter.since === undefined && filter.until === undefined) || b.date === null) return;
    if (periodOverlaps(b.date, filter.since, filter.until)) this.inRange = true;
    if (this.oldest === null || periodBounds(b.date).start < periodBounds(this.oldest).start) this.oldest = b.date;
    if (this.newest === null || periodBounds(b.date).end > periodBounds(this.newest).end) this.newest = b.date;
  }

  /**
   * Each value no brief read has, with the closest value they have ("--tag securty; did you mean
   * security?"), and a date range none falls in, with their dates ("--since 2027; the newest brief
   * is dated 2026-01-15"); null when every value matches some brief.
   */
  unmatched(): string | null {
    const { opts } = this;
    const clauses: Array<{ filter: string; hint: string }> = [];
    const check = (flag: string, [one, many]: [string, string], values: readonly string[], have: ReadonlySet<string>, matches: (value: string, have: string) => boolean): void => {
      const distinct = [...have].sort();
      for (const value of values) {
        if (distinct.some((h) => matches(lower(value), lower(h)))) continue;
        const [best] = closestMatches(value, distinct, 1);
        const hint = best !== undefined ? `did you mean ${cleanLine(best)}?`
          : distinct.length > 0 && distinct.length <= 8 ? `the ${many} present: ${distinct.map(cleanLine).join(', ')}` : `no brief has that ${one}`;
        clauses.push({ filter: `${flag} ${cleanLine(value)}`, hint });
      }
    };
    check('--tag', ['tag', 'tags'], opts.tag ?? [], this.tags, (v, h) => v === h);
    // Regions are alternatives: a hint only when none of them matches.
    const regions = opts.region ?? [];
    if (!regions.some((r) => [...this.regions].some((h) => lower(h) === lower(r)))) {
      check('--region', ['region', 'regions'], regions, this.regions, (v, h) => v === h);
    }
    check('--author', ['author', 'authors'], opts.author === undefined ? [] : [opts.author], this.authors, (v, h) => h.includes(v));
    check('--status', ['status', 'statuses'], opts.status === undefined ? [] : [opts.status], this.statuses, (v, h) => v === h);
    if ((this.filter.since !== undefined || this.filter.until !== undefined) && !this.inRange) clauses.push({ filter: dateFilter(opts), hint: this.datesHint() });
    if (clauses.length === 0) return null;
    if (clauses.length === 1) return `no briefs match ${clauses[0]!.filter}; ${clauses[0]!.hint}`;
    return `no briefs match ${clauses.map((c) => `${c.filter} (${c.hint})`).join(' or ')}`;
  }

  /**
   * Why no brief passed the filters: the values no brief has (unmatched), or else the filters,
   * each matching some brief but no brief all of them. Null when no filter was given, no brief
   * was read, or some brief passes them (then the filters are not why nothing was found).
   */
  reason(): string | null {
    const { opts } = this;
    if (this.passes || this.seen === 0 || !filtersGiven(opts)) return null;
    const unmatched = this.unmatched();
    if (unmatched !== null) return unmatched;
    const given = [
      ...(opts.tag ?? []).map((t) => `--tag ${cleanLine(t)}`),
      ...(opts.region?.length ? [opts.region.map((r) => `--region ${cleanLine(r)}`).join(' ')] : []),
      ...(opts.author === undefined ? [] : [`--author ${cleanLine(opts.author)}`]),
      ...(opts.status === undefined ? [] : [`--status ${opts.status}`]),
      ...(opts.since !== undefined || opts.until !== undefined ? [dateFilter(opts)] : []),
    ];
    return `no briefs match ${given.join(' and ')} together; each alone matches some brief`;
  }

  /** The dates the briefs have, closest to a range none of them falls in. */
  private datesHint(): string {
    const { oldest, newest, filter } = this;
    if (oldest === null || newest === null) return 'no brief has a date';
    if (filter.until === undefined) return `the newest brief is dated ${cleanLine(newest)}`;
    if (filter.since === undefined) return `the oldest brief is dated ${cleanLine(oldest)}`;
    return oldest === newest ? `the briefs are dated ${cleanLine(oldest)}` : `the briefs are dated ${cleanLine(oldest)} to ${cleanLine(newest)}`;
  }
}

function missesOf(briefs: Iterable<BriefMeta>, opts: FilterOptions): FilterMisses {
  const misses = new FilterMisses(opts);
  for (const b of briefs) misses.add(b);
  return misses;
}

/** FilterMisses.reason for briefs at hand: why the filters kept none of them, or null. */
export function noBriefMatches(briefs: Iterable<BriefMeta>, opts: FilterOptions): string | null {
  return missesOf(briefs, opts).reason();
}

/**
 * FilterMisses.reason for a command that filtered the briefs where they were read (on worker
 * threads) and so kept none of their metadata: the frontmatter of each file read again, only
 * when nothing was found and a filter was given. A file that cannot be read was named already.
 */
export async function noFileMatches(files: readonly string[], opts: FilterOptions): Promise<string | null> {
  if (!filtersGiven(opts)) return null;
  const misses = new FilterMisses(opts);
  for (const [i, path] of files.entries()) {
    // Lets a spinner turn and a signal be handled over a large archive, as readEach does.
    if (i % 64 === 63) await yieldToEventLoop();
    const read = readOne(path, readMeta);
    if ('value' in read) misses.add(read.value);
  }
  return misses.reason();
}

/** A brief's metadata from its frontmatter, or the problem that leaves it out. */
export function readMeta(text: string, path: string): Outcome<BriefMeta> {
  const parsed = parseBriefMeta(text, path);
  const fatal = parsed.problems.find((p) => p.fatal);
  return fatal ? { problem: fatal } : { value: compactMeta(parsed.meta) };
}
