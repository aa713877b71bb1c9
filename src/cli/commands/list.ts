/** `brief list`: every brief in the briefs directory, filtered and sorted. */
import { Command, Option } from '@commander-js/extra-typings';
import type { BriefMeta } from '../../brief/model.js';
import { briefRef, sharedIds } from '../../brief/address.js';
import { filterBriefs, sortBriefs } from '../../brief/query.js';
import { listEntryFields, listEntryJSON } from '../../render/json.js';
import { renderListTable, renderListTSV } from '../../render/list.js';
import { cleanLine } from '../../text/sanitize.js';
import { wrap } from '../../text/wrap.js';
import { findBriefs, readEach } from '../briefs.js';
import { defineCommand } from '../command.js';
import { ExitCode } from '../errors.js';
import { briefFilter, noBriefMatches, readMeta, withBriefFilters } from '../brief-filters.js';
import { writeSelectedArray } from '../json-output.js';

/**
 * One line for stderr naming the ids that several briefs share, or null: such briefs are named
 * by their path (the table shows it; `--json` has `ref` and `ambiguous`).
 */
function sharedIdsNote(briefs: readonly BriefMeta[], shared: ReadonlySet<string>, refOf: (b: BriefMeta) => string): string | null {
  const among = briefs.filter((b) => shared.has(b.id));
  if (among.length === 0) return null;
  const ids = [...new Set(among.map((b) => b.id))].sort();
  const shown = ids.slice(0, 3).map((id) => `"${cleanLine(id)}"`).join(', ') + (ids.length > 3 ? ', ...' : '');
  const what = ids.length === 1 ? `id ${shown} names` : `${ids.length} ids (${shown}) name`;
  return `brief: ${what} more than one brief; give such a brief by its path in the briefs directory, as in "brief show ${cleanLine(refOf(among[0]!))}"\n`;
}

export default defineCommand({
  create: () => withBriefFilters(new Command('list')
    .description('list the briefs in the briefs directory'))
    .addOption(new Option('--sort <key>', 'sort by').choices(['date', 'title'] as const).default('date' as const))
    .option('--reverse', 'reverse the order (oldest first for dates)')
    .option('--json [fields]', 'print JSON; --json title,date selects fields')
    .addHelpText('after', `
Output: on a terminal, a table; piped, one line per brief with tab-separated
id, date, status, title, tags (comma-separated; with --color always, the id
bold, as in the table). Newest first by default.
A brief dated to a month or year (2013-06, 2013) matches --since/--until when
that period overlaps the range. Briefs whose id another brief shares are shown
in the table by their path in the briefs directory, which names them.

Examples:
  $ brief list
  $ brief list --tag security --since 2025-01-01
  $ brief list --status published --sort title
  $ brief list --json | jq -r '.[].id'`),
  jsonFields: listEntryFields,

  async run(_args, opts, ctx) {
    const filter = briefFilter(opts);
    const { files, aliases } = await findBriefs(ctx);
    const all: BriefMeta[] = [];
    for await (const meta of readEach(files, readMeta, ctx)) all.push(meta);
    const briefs = sortBriefs(filterBriefs(all, filter), opts.sort, opts.reverse);
    // Ids are shared across the whole directory, whatever the filters keep; links count, as `show` counts them.
    const shared = sharedIds([...files, ...aliases]);
    const refOf = (b: BriefMeta): string => (shared.has(b.id) ? briefRef(ctx.dir, b.path, shared) : b.id);
    const note = sharedIdsNote(briefs, shared, refOf);
    // A value no brief has is named, with the closest one, however the output goes (stderr);
    // so are filters that each match some brief but none together.
    const unmatched = briefs.length === 0 ? noBriefMatches(all, opts) : null;
    if (unmatched !== null) ctx.io.err(`brief: ${unmatched}\n`);
    if (opts.json) await writeSelectedArray(briefs.map((b) => listEntryJSON(b, refOf(b))), opts.json, ctx.io);
    else if (ctx.width !== null) {
      if (briefs.length > 0) ctx.io.out(renderListTable(briefs, ctx.style, ctx.io.columns, refOf));
      else if (unmatched === null) ctx.io.err(`brief: no briefs${files.length > 0 ? ' match' : ` in ${cleanLine(ctx.dir)}`}\n`);
    } else ctx.io.out(renderListTSV(briefs, ctx.style));
    if (note !== null && !opts.json) ctx.io.err(ctx.width === null ? note : `${wrap(note.trimEnd(), ctx.width, '  ', '')}\n`);
    return ExitCode.Ok;
  },
});
