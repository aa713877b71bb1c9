/** Runs `brief list`: loaded only when the command runs, to keep start-up light. */
import type { ListOptions } from '../commands/list.js';
import { statSync } from 'node:fs';
import type { BriefMeta } from '../../brief/model.js';
import { discoverBriefs } from '../../brief/discover.js';
import { parseCalendarDate } from '../../brief/metadata.js';
import { compactMeta, parseBriefMeta } from '../../brief/meta.js';
import { readBriefFile } from '../../brief/read.js';
import { listEntryJSON } from '../../render/json.js';
import { renderListTable, renderListTSV } from '../../render/list.js';
import { cleanLine } from '../../text/sanitize.js';
import { writeSelectedArray } from '../json-output.js';
import { filterBriefs, sortBriefs } from '../../brief/query.js';
import type { Context } from '../context.js';
import { yieldToEventLoop } from '../yield.js';
import { ExitCode, UsageError } from '../errors.js';

function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = parseCalendarDate(value);
  if (date === null || date !== value.trim()) throw new UsageError(`${flag} "${cleanLine(value)}" is not a date; use YYYY-MM-DD`);
  return date;
}

/** Reads the frontmatter of every file; unreadable ones are named on stderr and skipped. */
async function readAll(files: string[], ctx: Context): Promise<BriefMeta[]> {
  const briefs: BriefMeta[] = [];
  for (const [i, path] of files.entries()) {
    if (i % 64 === 63) await yieldToEventLoop();
    const meta = readMeta(path);
    if ('message' in meta) ctx.io.err(`brief: ${cleanLine(path)}:${meta.line}: ${cleanLine(meta.message)} (skipped)\n`);
    else briefs.push(meta);
  }
  return briefs;
}

/** One brief's metadata, or why it cannot be listed; a brief that breaks the reader is skipped, not the run. */
function readMeta(path: string): BriefMeta | { line: number; message: string } {
  try {
    const read = readBriefFile(path);
    if (!read.ok) return read.problem;
    const parsed = parseBriefMeta(read.text, path);
    return parsed.problems.find((p) => p.fatal) ?? compactMeta(parsed.meta);
  } catch (error) {
    return { line: 1, message: `could not be read (${(error as Error).message ?? String(error)})` };
  }
}

export async function runList(opts: ListOptions, ctx: Context): Promise<number> {
  const since = checkDate('--since', opts.since);
  const until = checkDate('--until', opts.until);
  try {
    if (!statSync(ctx.dir).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new UsageError(`briefs directory "${cleanLine(ctx.dir)}" does not exist; use --dir <path> or set BRIEF_DIR`);
  }
  const { files, warnings } = await discoverBriefs(ctx.dir, { follow: ctx.follow });
  for (const w of warnings) ctx.io.err(`brief: ${cleanLine(w)}\n`);
  const briefs = sortBriefs(filterBriefs(await readAll(files, ctx), { ...opts, since, until }), opts.sort, opts.reverse);
  if (opts.json) await writeSelectedArray(briefs.map(listEntryJSON), opts.json, ctx.io);
  else if (ctx.width !== null) {
    if (briefs.length === 0) ctx.io.err(`brief: no briefs${files.length > 0 ? ' match' : ` in ${cleanLine(ctx.dir)}`}\n`);
    else ctx.io.out(renderListTable(briefs, ctx.style, ctx.io.columns));
  } else ctx.io.out(renderListTSV(briefs));
  return ExitCode.Ok;
}
