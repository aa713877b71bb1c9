/** `brief recommendations <brief>`: the checklist. */
import { Command } from '@commander-js/extra-typings';
import { formatJSON, recommendationJSON } from '../../render/json.js';
import { renderChecklist, renderTaskList } from '../../render/views.js';
import { cleanLine } from '../../text/sanitize.js';
import { loadBrief, type Context } from '../context.js';
import { ExitCode } from '../errors.js';

export interface RecommendationsOptions { json?: boolean; markdown?: boolean }

export function createRecommendationsCommand(run: (ref: string, opts: RecommendationsOptions) => Promise<void>) {
  return new Command('recommendations')
    .alias('recs')
    .description('print the recommendations as a checklist: one line per item, "[ ]" or "[x]"')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .option('--json', 'print the recommendations as a JSON array')
    .option('--markdown', 'print a GitHub task list (- [ ] ...), groups as ### headings')
    .addHelpText('after', `
Examples:
  $ brief recommendations istanbul-talks
  $ brief recommendations istanbul-talks --markdown >> issue.md
  $ brief recommendations istanbul-talks --json | jq 'map(select(.done | not)) | length'`)
    .action(async (ref, opts) => { await run(ref, opts); });
}

export async function runRecommendations(ref: string, opts: RecommendationsOptions, ctx: Context): Promise<number> {
  const brief = await loadBrief(ref, ctx.dir);
  if (opts.json) ctx.io.out(formatJSON(brief.recommendations.map(recommendationJSON)));
  else if (opts.markdown) ctx.io.out(renderTaskList(brief.recommendations));
  else if (brief.recommendations.length === 0) ctx.io.err(`brief: ${cleanLine(brief.path)} has no recommendations\n`);
  else ctx.io.out(renderChecklist(brief.recommendations, { style: ctx.style, width: ctx.width }));
  return ExitCode.Ok;
}
