/** `brief indicators [briefs...]`: every scenario indicator across the briefs, with its status, by brief and scenario. */
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { dayBefore, INDICATOR_STATES, parseAge, reportMeta, type BriefIndicators, type IndicatorQuery, type IndicatorStateName } from '../../brief/indicator-report.js';
import { readIndicatorStatus } from '../../brief/indicators.js';
import type { BriefMeta } from '../../brief/model.js';
import { filterBriefs, sortBriefs } from '../../brief/query.js';
import { renderIndicatorsTerminal, renderIndicatorsTSV } from '../../render/indicators.js';
import { indicatorsFields } from '../../render/indicators-json.js';
import { cleanLine } from '../../text/sanitize.js';
import { briefFilter, noBriefMatches, withBriefFilters } from '../brief-filters.js';
import { briefFiles, refNamer } from '../brief-refs.js';
import { readEachFor } from '../brief-workers.js';
import { defineCommand } from '../command.js';
import { ExitCode, UsageError } from '../errors.js';
import { today } from '../today.js';
import { resolveFieldsIn, writeArrayItems } from '../json-output.js';
import type { IndicatorsRead } from '../worker-tasks.js';

/** Offered by completion after --stale: ages in the forms it takes, from a month to a year. */
const STALE_AGES = ['30d', '90d', '6m', '1y'];

function staleBefore(value: string | undefined, day: string): string | undefined {
  if (value === undefined) return undefined;
  const age = parseAge(value);
  if (age === null) throw new UsageError(`--stale "${cleanLine(value)}" is not an age; use days, weeks, months or years: 90d, 12w, 6m, 1y`);
  return dayBefore(day, age);
}

/** A state as the frontmatter takes it: `not observed`, `Not_Observed` are `not-observed`. */
function stateOf(value: string): IndicatorStateName {
  const state = value.trim().toLowerCase() === 'unknown' ? 'unknown' : readIndicatorStatus(value);
  if (state === null) throw new InvalidArgumentError(`Allowed choices are ${INDICATOR_STATES.join(', ')}.`);
  return state;
}

export default defineCommand({
  create: () => withBriefFilters(new Command('indicators')
    .description('list the indicators of every scenario across the briefs, with their status'))
    .argument('[briefs...]', 'brief ids, paths, or folders (default: the briefs directory)')
    .addOption(new Option('--state <state>', "only indicators with this status of their own (unknown: none given)").choices(INDICATOR_STATES).argParser(stateOf))
    .option('--stale <age>', 'only indicators not reviewed within this age (as_of older, or missing): 90d, 12w, 6m, 1y')
    .option('--json [fields]', 'print JSON; --json id,scenarios selects fields')
    .addHelpText('after', `
In the frontmatter an indicator is text, or an object with its state:

  scenarios:
    B:
      indicators:
        - Trade routes reopen
        - { text: Local ceasefires at Torkham, status: observed, as_of: 2026-01-10, note: ... }

status is observed, not-observed or unclear; as_of is the day it was last reviewed.

The briefs are those named (ids, paths, or folders: every brief in them; a path
or folder not found from here is looked up in the briefs directory, as en/ for
<dir>/en), else every brief in the briefs directory, newest first.

Output: on a terminal, each brief with its scenarios and their indicators in
the order written; each scenario shows how many of all its indicators are
observed, as a bar (███░░ 3/5 observed), whatever --state and --stale keep.
Piped, one line per indicator with tab-separated id, scenario (its label),
status (observed, not-observed, unclear, or unknown for none), as_of, text,
note, title (the scenario's) and line; a missing value is an empty cell.

The brief filters (--tag, --region, --author, --status, --since, --until) are
list's; --state filters the indicators by their own status. --stale counts back
from today (BRIEF_TODAY=YYYY-MM-DD sets another day) in calendar months and
years. A brief that cannot be read is named on stderr and skipped. Exit status
0, also when nothing matches (a message on stderr, naming a brief filter that
kept no brief, with the closest value); 2 on bad arguments or an unknown brief.

Examples:
  $ brief indicators
  $ brief indicators istanbul-talks baltic-cable-sabotage
  $ brief indicators --tag security --state observed
  $ brief indicators --stale 90d
  $ brief indicators tests/fixtures/indicators --state observed
  $ brief indicators --dir tests/fixtures indicators/   # a folder in it
  $ brief indicators --state unknown --since 2025-01-01
  $ brief indicators --json | jq '.[].scenarios[] | select(.observed > 0) | .label'
  $ brief indicators | awk -F'\\t' '$3 == "not-observed" { print $1, $2, $5 }'`),

  complete: ['brief'],
  completeOptions: { '--stale': STALE_AGES },
  jsonFields: indicatorsFields,

  async run([refs], opts, ctx) {
    const filter = briefFilter(opts);
    const day = today(ctx.io);
    const query: IndicatorQuery = { state: opts.state, staleBefore: staleBefore(opts.stale, day), today: day };
    const files = await briefFiles(refs, ctx);
    // With --json each report comes as its JSON entry (indicatorsOf), its fields checked already.
    const fields = opts.json ? resolveFieldsIn(indicatorsFields(), opts.json) : undefined;
    // Each brief is reduced to its metadata and report as it is read (on worker threads when there
    // are many, as export --all): the archive is never held whole.
    const reads = readEachFor<IndicatorsRead>(files, { kind: 'indicators', query, fields }, ctx);
    // Only what is shown is kept: the reports of the briefs the filters keep, and their fields
    // shown. Every brief's metadata is kept only while no brief passes the filters, to say why.
    let count = 0;
    let passed = 0;
    const unmatched: BriefMeta[] = [];
    const found: Array<{ brief: BriefIndicators['brief']; scenarios: BriefIndicators['scenarios'] | null; json: string | null }> = [];
    for await (const { meta, scenarios, json } of reads) {
      count += 1;
      if (filterBriefs([meta], filter).length === 0) {
        if (passed === 0) unmatched.push(meta);
        continue;
      }
      passed += 1;
      unmatched.length = 0;
      if (scenarios !== null || json !== null) found.push({ brief: reportMeta(meta), scenarios, json });
    }
    const byBrief = new Map(found.map((r) => [r.brief, r]));
    const sorted = sortBriefs(found.map((r) => r.brief), 'date').map((brief) => byBrief.get(brief)!);
    // For the terminal and tab-separated views, which read the reports themselves.
    const reports: BriefIndicators[] = fields === undefined ? sorted.map((r) => ({ brief: r.brief, scenarios: r.scenarios! })) : [];
    // Why nothing is listed: the brief filters left every brief out, or the indicator filters
    // every indicator, or no brief has one. Briefs that could not be read were named as they were
    // skipped, and folders without briefs as they were searched; then nothing is added.
    if (sorted.length === 0 && count > 0) {
      const why = passed === 0 ? noBriefMatches(unmatched, opts) : null;
      const filtered = opts.state !== undefined || opts.stale !== undefined;
      ctx.io.err(`brief: ${why ?? (filtered ? 'no indicators match' : 'no scenario has indicators (scenarios.<label>.indicators in the frontmatter)')}\n`);
    }
    // JSON: the entries made as the briefs were read, in the order of the reports.
    if (fields !== undefined) await writeArrayItems(sorted.map((r) => r.json!), ctx.io);
    else if (ctx.width !== null) {
      // Each brief as the reader would name it next (`brief show en/x`), where two share an id.
      const refOf = refNamer(files, ctx.dir);
      ctx.io.out(renderIndicatorsTerminal(reports.map((r) => ({ ...r, brief: { ...r.brief, id: refOf(r.brief) } })), { style: ctx.style, width: ctx.width }));
    }
    // Piped, the first column keeps the id, as list, judgments and search keep it.
    else ctx.io.out(renderIndicatorsTSV(reports, ctx.style));
    return ExitCode.Ok;
  },
});
