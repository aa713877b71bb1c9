/** `brief scenario <brief> [label]`: one scenario, or the list of them. */
import { Command } from '@commander-js/extra-typings';
import { scenarioKey } from '../../brief/parse.js';
import { scenarioFields, scenarioJSON } from '../../render/json.js';
import { renderScenario, renderScenarioList } from '../../render/views.js';
import { cleanLine } from '../../text/sanitize.js';
import { defineCommand } from '../command.js';
import { ExitCode, UsageError } from '../errors.js';
import { formatSelected } from '../json-output.js';
import { loadBrief } from '../load.js';

export default defineCommand({
  create: () => new Command('scenario')
    .description('print one scenario; without a label, list the scenarios')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .argument('[label]', 'a scenario label: A, b, 3 (case-insensitive)')
    .option('--json [fields]', 'print JSON; --json label,title,likelihood selects fields')
    .addHelpText('after', `
Examples:
  $ brief scenario istanbul-talks          # A, B, C, D with their titles
  $ brief scenario istanbul-talks C
  $ brief scenario istanbul-talks c --json | jq -r .title`),
  complete: ['brief', 'label'],
  jsonFields: scenarioFields,

  async run([ref, label], opts, ctx) {
    const brief = await loadBrief(ref, ctx);
    const view = { style: ctx.style, width: ctx.width };
    if (label === undefined) {
      if (opts.json) ctx.io.out(formatSelected(brief.scenarios.map(scenarioJSON), opts.json));
      else if (brief.scenarios.length === 0) ctx.io.err(`brief: ${cleanLine(brief.path)} has no scenarios\n`);
      else ctx.io.out(renderScenarioList(brief.scenarios, view));
      return ExitCode.Ok;
    }
    const wanted = scenarioKey(label);
    const scenario = brief.scenarios.find((s) => s.label === wanted);
    if (!scenario) {
      const labels = brief.scenarios.map((s) => s.label);
      throw new UsageError(`no scenario "${cleanLine(label)}" in ${cleanLine(brief.id)}; ${labels.length > 0 ? `its labels are ${labels.join(', ')}` : 'it has no scenarios'}`);
    }
    ctx.io.out(opts.json ? formatSelected(scenarioJSON(scenario), opts.json) : renderScenario(scenario, view));
    return ExitCode.Ok;
  },
});
