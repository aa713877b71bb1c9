/** Runs `brief summary`: loaded only when the command runs, to keep start-up light. */
import type { SummaryOptions } from '../commands/summary.js';
import { briefJSON } from '../../render/json.js';
import { renderSummary } from '../../render/views.js';
import { formatSelected } from '../json-output.js';
import type { Context } from '../context.js';
import { loadBrief } from '../load.js';
import { ExitCode } from '../errors.js';

export async function runSummary(ref: string, opts: SummaryOptions, ctx: Context): Promise<number> {
  const brief = await loadBrief(ref, ctx);
  ctx.io.out(opts.json ? formatSelected(briefJSON(brief), opts.json) : renderSummary(brief, { style: ctx.style, width: ctx.width }));
  return ExitCode.Ok;
}
