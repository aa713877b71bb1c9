/** The briefs a command that reads many is given: ids, paths and folders, or the briefs directory. */
import { statSync } from 'node:fs';
import { discoverBriefs } from '../brief/discover.js';
import { cleanLine } from '../text/sanitize.js';
import { findBriefs } from './briefs.js';
import type { Context } from './context.js';
import { resolveBrief } from './load.js';

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
      // A loop, not push(...): a folder of 200,000 briefs passed as arguments overflows the stack.
      for (const file of found.files) files.push(file);
    } else files.push(await resolveBrief(ref, ctx));
  }
  return [...new Set(files)];
}
