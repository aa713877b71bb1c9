/** Runs `brief recommendations`: loaded only when the command runs, to keep start-up light. */
import type { RecommendationsOptions } from '../commands/recommendations.js';
import { recommendationJSON } from '../../render/json.js';
import { renderChecklist, renderTaskList } from '../../render/views.js';
import { cleanLine } from '../../text/sanitize.js';
import { formatSelected } from '../json-output.js';
import type { Context } from '../context.js';
import { loadBrief } from '../load.js';
import { ExitCode } from '../errors.js';

export async function runRecommendations(ref: string, opts: RecommendationsOptions, ctx: Context): Promise<number> {
  const brief = await loadBrief(ref, ctx);
  if (opts.json) ctx.io.out(formatSelected(brief.recommendations.map(recommendationJSON), opts.json));
  else if (opts.markdown) ctx.io.out(renderTaskList(brief.recommendations));
  else if (brief.recommendations.length === 0) ctx.io.err(`brief: ${cleanLine(brief.path)} has no recommendations\n`);
  else ctx.io.out(renderChecklist(brief.recommendations, { style: ctx.style, width: ctx.width }));
  return ExitCode.Ok;
}
