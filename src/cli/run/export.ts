/** Runs `brief export`: loaded only when the command runs, to keep start-up light. */
import type { ExportOptions } from '../commands/export.js';
import { discoverBriefs } from '../../brief/discover.js';
import { parseBrief } from '../../brief/parse.js';
import { readBriefFile } from '../../brief/read.js';
import type { Brief } from '../../brief/model.js';
import { briefJSON } from '../../render/json.js';
import { renderText } from '../../render/text.js';
import { cleanLine } from '../../text/sanitize.js';
import { formatSelected } from '../json-output.js';
import type { Context } from '../context.js';
import { loadBrief } from '../load.js';
import { ExitCode, UsageError } from '../errors.js';
import { resolveTarget, writeFileAtomic, writeStreamAtomic } from '../write-file.js';
import { refuseBriefAsOutput, requireBriefsDir } from '../briefs-dir.js';
import { yieldToEventLoop } from '../yield.js';

export async function runExport(ref: string | undefined, opts: ExportOptions, ctx: Context): Promise<number> {
  const json = opts.json !== undefined && opts.json !== false ? true : opts.format === 'json';
  const render = (brief: Brief): string => (json ? formatSelected(briefJSON(brief), opts.json) : renderText(brief));
  if (opts.all) {
    if (ref !== undefined) throw new UsageError('give a brief or --all, not both');
    return exportAll(json, render, opts, ctx);
  }
  if (ref === undefined) throw new UsageError('missing brief: give an id or a path, or --all');
  const brief = await loadBrief(ref, ctx);
  if (opts.output !== undefined) refuseBriefAsOutput(opts.output, resolveTarget(opts.output).target, ctx.dir, [brief.path]);
  const content = render(brief);
  if (opts.output === undefined) ctx.io.out(content);
  else await writeFileAtomic(opts.output, content, { force: opts.force });
  return ExitCode.Ok;
}

/** Streams every brief, one parsed at a time, so memory does not grow with the archive. */
async function exportAll(json: boolean, render: (b: Brief) => string, opts: ExportOptions, ctx: Context): Promise<number> {
  // A mistyped --dir must not replace an archive with an empty one.
  requireBriefsDir(ctx.dir);
  const { files, warnings, unread } = await discoverBriefs(ctx.dir, { follow: ctx.follow });
  const output = opts.output;
  if (output !== undefined) refuseBriefAsOutput(output, resolveTarget(output).target, ctx.dir, files);
  for (const w of warnings) ctx.io.err(`brief: ${cleanLine(w)}\n`);
  let skipped = 0;
  const produce = async (write: (chunk: string) => void | Promise<void>): Promise<void> => {
    let first = true;
    if (json) await write('[\n');
    for (const [i, path] of files.entries()) {
      if (i % 64 === 63) await yieldToEventLoop();
      const text = renderOne(path, render);
      if (typeof text !== 'string') {
        ctx.io.err(`brief: ${cleanLine(path)}:${text.line}: ${cleanLine(text.message)} (skipped)\n`);
        skipped += 1;
        continue;
      }
      // JSON: indent each object as an element of the array; text: a blank line between briefs.
      if (json) await write(`${first ? '' : ',\n'}  ${text.trimEnd().replace(/\n/g, '\n  ')}`);
      else await write(`${first ? '' : '\n'}${text}`);
      first = false;
    }
    if (json) await write(first ? ']\n' : '\n]\n');
  };
  if (output === undefined) await produce(async (chunk) => { ctx.io.out(chunk); await ctx.io.drain(); });
  else await writeStreamAtomic(output, produce, { force: opts.force });
  // A folder not read may hold briefs left out of the export.
  return skipped > 0 || unread.length > 0 ? ExitCode.Failure : ExitCode.Ok;
}

/**
 * One brief, rendered whole before any of it is written, or the reason it cannot be: a brief
 * that breaks the parser or a renderer is skipped like an unreadable one, and the output
 * stays valid.
 */
function renderOne(path: string, render: (b: Brief) => string): string | { line: number; message: string } {
  try {
    const read = readBriefFile(path);
    if (!read.ok) return read.problem;
    const parsed = parseBrief(read.text, path);
    const fatal = parsed.problems.find((p) => p.fatal);
    return fatal ?? render(parsed.brief);
  } catch (error) {
    return { line: 1, message: `could not be exported (${(error as Error).message ?? String(error)})` };
  }
}
