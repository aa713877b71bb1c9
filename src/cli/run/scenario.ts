/** Runs `brief scenario`: loaded only when the command runs, to keep start-up light. */
import type { ScenarioOptions } from '../commands/scenario.js';
import { scenarioJSON } from '../../render/json.js';
import { renderScenario, renderScenarioList } from '../../render/views.js';
import { cleanLine } from '../../text/sanitize.js';
import { formatSelected } from '../json-output.js';
import type { Context } from '../context.js';
import { loadBrief } from '../load.js';
import { scenarioKey } from '../../brief/parse.js';
import { ExitCode, UsageError } from '../errors.js';

export async function runScenario(ref: string, label: string | undefined, opts: ScenarioOptions, ctx: Context): Promise<number> {
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
}
