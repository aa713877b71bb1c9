/**
 * What the commands that read many briefs share with `list`: its date flags checked, and the
 * briefs a command is given (ids, paths, folders; the briefs directory when none).
 */
import { statSync } from 'node:fs';
import { discoverBriefs } from '../brief/discover.js';
import { parsePeriod } from '../brief/period.js';
import { cleanLine } from '../text/sanitize.js';
import { findBriefs } from './briefs.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { resolveBrief } from './load.js';

/** Commander's collector for a flag given more than once (`--tag a --tag b`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** A `--since`/`--until` value: a day, month or year, as `list` takes it; a usage error otherwise. */
export function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = parsePeriod(value);
  if (date === null || date !== value.trim()) throw new UsageError(`${flag} "${cleanLine(value)}" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY`);
  return date;
}

/**
 * The brief files that `refs` name: a folder gives every brief in it, anything else is a brief
 * (an id or a path, as `show` takes it). No refs: the briefs directory. Each file once, in order.
 */
export async function briefFiles(refs: readonly string[], ctx: Pick<Context, 'dir' | 'follow' | 'io'>): Promise<string[]> {
  if (refs.length === 0) return (await findBriefs(ctx)).files;
  const files: string[] = [];
  for (const ref of refs) {
    let isDir = false;
    try { isDir = statSync(ref).isDirectory(); } catch { /* an id, or a missing path: resolveBrief says which */ }
    if (isDir) {
      const found = await discoverBriefs(ref, { follow: ctx.follow });
      for (const w of found.warnings) ctx.io.err(`brief: ${cleanLine(w)}\n`);
      files.push(...found.files);
    } else files.push(await resolveBrief(ref, ctx));
  }
  return [...new Set(files)];
}
