/** `brief summary <brief>`: the bottom line and an overview of scenarios and recommendations. */
import { Command } from '@commander-js/extra-typings';
import { briefFields, briefJSON } from '../../render/json.js';
import { renderSummary } from '../../render/views.js';
import { defineCommand } from '../command.js';
import { ExitCode } from '../errors.js';
import { formatSelected } from '../json-output.js';
import { loadBrief } from '../load.js';

export default defineCommand({
  create: () => new Command('summary')
    .description('title, date, author, key question, summary, scenarios and recommendations at a glance')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .option('--json [fields]', 'print JSON; --json title,date selects fields')
    .addHelpText('after', `
The summary is the frontmatter "summary" (or a static site's "description"), else
the summary section ("Summary", "Bottom line", "BLUF"), else the first paragraph of
the body.

Examples:
  $ brief summary istanbul-talks
  $ brief summary istanbul-talks --json | jq -r .summary`),
  complete: ['brief'],
  jsonFields: briefFields,

  async run([ref], opts, ctx) {
    const brief = await loadBrief(ref, ctx);
    ctx.io.out(opts.json ? formatSelected(briefJSON(brief), opts.json) : renderSummary(brief, { style: ctx.style, width: ctx.width }));
    return ExitCode.Ok;
  },
});
