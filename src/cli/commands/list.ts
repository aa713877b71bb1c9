/** `brief list`: every brief in the briefs directory, filtered and sorted. */
import { Command, Option } from '@commander-js/extra-typings';
import { STATUSES } from '../../brief/model.js';
import type { BriefFilter } from '../../brief/query.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
/** The filters are the library's (brief/query.ts); the rest is how to show them. */
export interface ListOptions extends BriefFilter {
  sort: 'date' | 'title';
  reverse?: boolean;
  json?: string | boolean;
}

export function createListCommand(run: (opts: ListOptions) => Promise<void>) {
  return new Command('list')
    .description('list the briefs in the briefs directory')
    .option('--tag <tag>', 'only briefs with this tag (repeat to require several)', collect)
    .option('--region <region>', 'only briefs about this region (repeat for any of several)', collect)
    .option('--author <name>', 'only briefs by an author whose name contains this')
    .addOption(new Option('--status <status>', 'only briefs with this status').choices(STATUSES))
    .option('--since <date>', 'only briefs dated on or after YYYY-MM-DD')
    .option('--until <date>', 'only briefs dated on or before YYYY-MM-DD')
    .addOption(new Option('--sort <key>', 'sort by').choices(['date', 'title'] as const).default('date' as const))
    .option('--reverse', 'reverse the order (oldest first for dates)')
    .option('--json [fields]', 'print JSON; --json title,date selects fields')
    .addHelpText('after', `
Output: on a terminal, a table; piped, one line per brief with tab-separated
id, date, status, title, tags (comma-separated). Newest first by default.

Examples:
  $ brief list
  $ brief list --tag security --since 2025-01-01
  $ brief list --status published --sort title
  $ brief list --json | jq -r '.[].id'`)
    .action(async (opts) => { await run(opts as ListOptions); });
}
