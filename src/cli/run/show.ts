/** Runs `brief show`: loaded only when the command runs, to keep start-up light. */
import type { ShowOptions } from '../commands/show.js';
import { briefJSON } from '../../render/json.js';
import { fieldLines } from '../../render/fields.js';
import { cleanText } from '../../text/sanitize.js';
import { formatSelected } from '../json-output.js';
import type { Context } from '../context.js';
import { loadBrief } from '../load.js';
import { ExitCode } from '../errors.js';
import { writePaged } from '../pager.js';

export async function runShow(ref: string, opts: ShowOptions, ctx: Context): Promise<number> {
  const brief = await loadBrief(ref, ctx);
  const format = opts.json ? 'json' : opts.format === 'auto' ? (ctx.width === null ? 'plain' : 'terminal') : opts.format;
  if (format === 'json') {
    ctx.io.out(formatSelected(briefJSON(brief), opts.json));
    return ExitCode.Ok;
  }
  if (format === 'plain') {
    const body = brief.body.replace(/^\s*#[ \t][^\n]*\n/, '').trim();
    ctx.io.out(`${fieldLines(brief)}\n${cleanText(body)}\n`);
    return ExitCode.Ok;
  }
  const fallback = ctx.width ?? 80;
  const width = opts.width ? Math.max(20, Number.parseInt(opts.width, 10) || fallback) : fallback;
  // Loaded here only: marked-terminal and highlight.js are most of the start-up cost.
  const { renderShow } = await import('../../render/terminal.js');
  await writePaged(renderShow(brief, { style: ctx.style, width }), ctx.io, { pager: opts.pager });
  return ExitCode.Ok;
}
