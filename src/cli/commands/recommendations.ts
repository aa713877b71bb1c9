/** `brief recommendations <brief>`: the checklist. */
import { Command } from '@commander-js/extra-typings';
import { recommendationFields, recommendationJSON } from '../../render/json.js';
import { renderChecklist, renderTaskList } from '../../render/views.js';
import { cleanLine } from '../../text/sanitize.js';
import { defineCommand } from '../command.js';
import { ExitCode } from '../errors.js';
import { formatSelected } from '../json-output.js';
import { loadBrief } from '../load.js';

export default defineCommand({
  create: () => new Command('recommendations')
    .alias('recs')
    .description('print the recommendations as a checklist: one line per item, "[ ]" or "[x]"')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .option('--json [fields]', 'print JSON; --json text,done selects fields')
    .option('--markdown', 'print a GitHub task list (- [ ] ...), groups as ### headings')
    .addHelpText('after', `
Examples:
  $ brief recommendations istanbul-talks
  $ brief recommendations istanbul-talks --markdown >> issue.md
  $ brief recommendations istanbul-talks --json | jq 'map(select(.done | not)) | length'`),
  complete: ['brief'],
  jsonFields: recommendationFields,

  async run([ref], opts, ctx) {
    const brief = await loadBrief(ref, ctx);
    if (opts.json) ctx.io.out(formatSelected(brief.recommendations.map(recommendationJSON), opts.json));
    else if (opts.markdown) ctx.io.out(renderTaskList(brief.recommendations));
    else if (brief.recommendations.length === 0) ctx.io.err(`brief: ${cleanLine(brief.path)} has no recommendations\n`);
    else ctx.io.out(renderChecklist(brief.recommendations, { style: ctx.style, width: ctx.width }));
    return ExitCode.Ok;
  },
});
