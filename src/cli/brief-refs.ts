/** The briefs a command that reads many is given: ids, paths and folders, or the briefs directory. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { briefRef, sharedIds } from '../brief/address.js';
import { discoverBriefs } from '../brief/discover.js';
import { isInside } from '../brief/inside.js';
import { cleanLine } from '../text/sanitize.js';
import { findBriefs, FOLDERS_HINT, noBriefsIn, real } from './briefs.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { resolveBrief } from './load.js';

function isFolder(path: string): boolean {
  try { return statSync(path).isDirectory(); } catch { return false; }
}

/**
 * The folder of the briefs directory that `ref` names (`en`, `en/`, `./en/sub`), or null: a
 * relative path that stays inside it, as a brief's path inside it is read. As for a brief, a
 * link out of the directory is read only with --follow.
 */
function folderInside(ref: string, { dir, follow }: Pick<Context, 'dir' | 'follow'>): string | null {
  const parts = ref.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (/^(?:[\\/]|[A-Za-z]:)/.test(ref) || parts.length === 0 || parts.includes('..')) return null;
  const folder = join(dir, ...parts);
  if (!isFolder(folder)) return null;
  if (!follow && !isInside(real(dir), real(folder))) {
    throw new UsageError(`${cleanLine(folder)} is a symbolic link out of ${cleanLine(dir)}; use --follow to read it, or give its path`);
  }
  return folder;
}

/**
 * The file or folder `ref` names: a path is read as given first (from the current folder), then
 * in the briefs directory, where an id is looked up too. A bare name is an id before it is a
 * folder of the briefs directory (`en` is `en.md` when there is one); written as a path (`en/`),
 * a folder comes first.
 */
async function resolveRef(ref: string, ctx: Pick<Context, 'dir' | 'follow' | 'io'>): Promise<{ folder: string } | { file: string }> {
  if (isFolder(ref)) return { folder: ref };
  const asPath = /[\\/]/.test(ref);
  const inside = asPath ? folderInside(ref, ctx) : null;
  if (inside !== null) return { folder: inside };
  try {
    return { file: await resolveBrief(ref, ctx) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const folder = asPath ? null : folderInside(ref, ctx);
    if (folder !== null) return { folder };
    // Written as a folder (`nope/`): said as one, with what may be given instead.
    if (/[\\/]$/.test(ref)) {
      throw new UsageError(`no such folder: ${cleanLine(ref)}, here or in ${cleanLine(ctx.dir)}; give a folder of briefs, a brief's id or the path of its .md file`);
    }
    throw error;
  }
}

/** True when `ref` names a brief or a folder of briefs, as an argument of these commands does. */
export async function namesBriefs(ref: string, ctx: Pick<Context, 'dir' | 'follow' | 'io'>): Promise<boolean> {
  try {
    await resolveRef(ref, ctx);
    return true;
  } catch {
    return false;
  }
}

/**
 * The brief files that `refs` name: a folder gives every brief in it, anything else is a brief
 * (an id or a path, as `show` takes it). No refs: the briefs directory. Each file once, in order.
 * Folders that hold no brief are said on stderr, as an empty briefs directory is.
 */
export async function briefFiles(refs: readonly string[], ctx: Pick<Context, 'dir' | 'follow' | 'io'>): Promise<string[]> {
  if (refs.length === 0) return (await findBriefs(ctx)).files;
  const files: string[] = [];
  const folders: string[] = [];
  let warned = false;
  for (const ref of refs) {
    const named = await resolveRef(ref, ctx);
    if ('folder' in named) {
      const found = await discoverBriefs(named.folder, { follow: ctx.follow });
      for (const w of found.warnings) ctx.io.err(`brief: ${cleanLine(w)}\n`);
      warned ||= found.warnings.length > 0;
      folders.push(named.folder);
      // A loop, not push(...): a folder of 200,000 briefs passed as arguments overflows the stack.
      for (const file of found.files) files.push(file);
    } else files.push(named.file);
  }
  if (files.length === 0 && !warned) ctx.io.err(`brief: ${noBriefsIn(folders, FOLDERS_HINT)}\n`);
  return [...new Set(files)];
}

/**
 * What a reader types to name each brief again: its id, or, when another of `files` has the
 * same id (`en/x.md` and `fr/x.md`), its path in the briefs directory, as `list` shows it.
 */
export function refNamer(files: readonly string[], dir: string): (brief: { path: string }) => string {
  const shared = sharedIds(files);
  // briefRef gives the id itself when no other file shares it.
  return (brief) => briefRef(dir, brief.path, shared);
}
