/**
 * The brief filters of `list` (--tag, --region, --author, --status, --since, --until), for every
 * command that reads many briefs: declared once, checked once, and the same hint when a value
 * matches no brief. The filtering itself is filterBriefs (src/brief/query.ts).
 */
import { Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import { STATUSES, type BriefMeta, type Status } from '../brief/model.js';
import { parsePeriod } from '../brief/period.js';
import type { BriefFilter } from '../brief/query.js';
import { cleanLine } from '../text/sanitize.js';
import { closestMatches } from '../text/suggest.js';
import { UsageError } from './errors.js';

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
    .addOption(new Option('--status <status>', 'only briefs with this status').choices(STATUSES))
    .option('--since <date>', 'only briefs dated on or after YYYY-MM-DD (or YYYY-MM, YYYY)')
    .option('--until <date>', 'only briefs dated on or before YYYY-MM-DD (or YYYY-MM, YYYY)') as unknown as Command<Args, Opts & FilterOptions, Globals>;
}

function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = parsePeriod(value);
  if (date === null || date !== value.trim()) throw new UsageError(`${flag} "${cleanLine(value)}" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY`);
  return date;
}

/** The filter the options ask for; a --since or --until that is not a date is a usage error. */
export function briefFilter(opts: FilterOptions): BriefFilter {
  return {
    tag: opts.tag, region: opts.region, author: opts.author, status: opts.status,
    since: checkDate('--since', opts.since), until: checkDate('--until', opts.until),
  };
}

/**
 * Why no brief matched, when a filter's value matches no brief at all: each such value with the
 * closest value the briefs have ("--tag securty; did you mean security?"), or null.
 */
export function unmatchedFilters(briefs: readonly BriefMeta[], opts: FilterOptions): string | null {
  const clauses: Array<{ filter: string; hint: string }> = [];
  const lower = (s: string): string => s.toLowerCase();
  const check = (flag: string, [one, many]: [string, string], values: readonly string[], present: readonly string[], matches: (value: string, have: string) => boolean): void => {
    const distinct = [...new Set(present)].sort();
    for (const value of values) {
      if (present.some((have) => matches(lower(value), lower(have)))) continue;
      const [best] = closestMatches(value, distinct, 1);
      const hint = best !== undefined ? `did you mean ${cleanLine(best)}?`
        : distinct.length > 0 && distinct.length <= 8 ? `the ${many} present: ${distinct.map(cleanLine).join(', ')}` : `no brief has that ${one}`;
      clauses.push({ filter: `${flag} ${cleanLine(value)}`, hint });
    }
  };
  check('--tag', ['tag', 'tags'], opts.tag ?? [], briefs.flatMap((b) => b.tags), (v, h) => v === h);
  // Regions are alternatives: a hint only when none of them matches.
  const regions = opts.region ?? [];
  if (!regions.some((r) => briefs.some((b) => b.region.some((h) => lower(h) === lower(r))))) {
    check('--region', ['region', 'regions'], regions, briefs.flatMap((b) => b.region), (v, h) => v === h);
  }
  check('--author', ['author', 'authors'], opts.author === undefined ? [] : [opts.author], briefs.flatMap((b) => b.author), (v, h) => h.includes(v));
  check('--status', ['status', 'statuses'], opts.status === undefined ? [] : [opts.status], briefs.flatMap((b) => (b.status ? [b.status] : [])), (v, h) => v === h);
  if (clauses.length === 0) return null;
  if (clauses.length === 1) return `no briefs match ${clauses[0]!.filter}; ${clauses[0]!.hint}`;
  return `no briefs match ${clauses.map((c) => `${c.filter} (${c.hint})`).join(' or ')}`;
}
