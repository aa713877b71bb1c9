/** Finding and reading the brief a command names, with one-line errors and closest matches. */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Brief } from '../brief/model.js';
import { briefRef, pathInside, refAsPathInside } from '../brief/address.js';
import { discoverBriefs } from '../brief/discover.js';
import { idFromPath, parseBrief } from '../brief/parse.js';
import { readBriefFile } from '../brief/read.js';
import { closestMatches } from '../text/suggest.js';
import { cleanLine } from '../text/sanitize.js';
import { noBriefsIn, requireBriefsDir } from './briefs.js';
import { BriefError, UsageError } from './errors.js';

/** A `<brief>` argument is a path when it names a `.md` file or has a slash; otherwise an id. */
function looksLikePath(ref: string): boolean {
  return /\.md$/i.test(ref) || ref.includes('/') || ref.includes('\\');
}

/** What a `<brief>` argument may be, for a path that names nothing. */
const GIVE_A_BRIEF = 'give a brief\'s id or the path of its .md file ("brief list" lists the ids)';

/** Where ids are looked up: the briefs directory, and whether links out of it are followed (--follow). */
export interface BriefsFolder { dir: string; follow?: boolean }

/**
 * The file a `<brief>` argument names; unknown ids fail with the closest matches, and an id that
 * names several files lists the paths that name each. A path is read as given (the user chose
 * it), else as a path inside the briefs directory (`en/x`, `en/x.md`). An id or a path inside the
 * directory is looked up as `list` finds briefs, so a link out of the folder is not followed
 * without --follow. That takes a walk of the whole folder, even when `<dir>/<id>.md` exists: any
 * subfolder may hold another `<id>.md`, and only listing it tells.
 */
export async function resolveBrief(ref: string, { dir, follow = false }: BriefsFolder): Promise<string> {
  const asPath = looksLikePath(ref);
  if (asPath && (await exists(ref))) return ref;
  const inside = asPath ? refAsPathInside(ref) : null;
  if (!(await exists(dir)) || (asPath && inside === null)) {
    if (asPath) throw new UsageError(`no such file: ${cleanLine(ref)}; ${GIVE_A_BRIEF}`);
    throw new UsageError(`briefs directory "${cleanLine(dir)}" does not exist; use --dir <path> or set BRIEF_DIR`);
  }
  requireBriefsDir(dir);
  const name = inside === null ? `${ref}.md` : basename(inside);
  const found = await discoverBriefs(dir, { follow, match: (n) => n === name });
  const names = (path: string): boolean => inside === null || pathInside(dir, path) === inside;
  // A link to a brief (`latest.md -> 2025/q4.md`) is not listed, but its name still works.
  const matches = [...found.files, ...found.aliases].filter(names);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const shared = new Set([ref]);
    const refs = matches.map((path) => cleanLine(briefRef(dir, path, shared))).sort();
    throw new UsageError(`"${cleanLine(ref)}" names ${matches.length} briefs in ${cleanLine(dir)}: ${refs.join(', ')}; give one of these instead`);
  }
  const link = found.outside.find((path) => (inside === null ? idFromPath(path) === ref : pathInside(dir, path) === inside));
  if (link !== undefined) {
    throw new UsageError(`${cleanLine(link)} is a symbolic link out of ${cleanLine(dir)}; use --follow to read it, or give its path`);
  }
  const every = await discoverBriefs(dir, { follow });
  const { files } = every;
  // In a folder with no brief at all, "brief list" would only say so: said here.
  if (!asPath && files.length === 0 && every.warnings.length === 0) throw new UnknownBrief(`no brief "${cleanLine(ref)}": ${noBriefsIn([dir])}`);
  const candidates = inside === null ? files.map(idFromPath) : files.map((f) => pathInside(dir, f).replace(/\.md$/, ''));
  const near = closestMatches(inside === null ? ref : inside.replace(/\.md$/, ''), new Set(candidates));
  const suggest = near.length > 0 ? `; did you mean ${near.map((n) => `"${cleanLine(n)}"`).join(' or ')}?` : '';
  const unread = found.unread.length > 0 ? ` (${found.unread.length} folder${found.unread.length === 1 ? '' : 's'} could not be read)` : '';
  // A path that names nothing is reported as before, with a close path inside the directory if there is one.
  if (asPath) throw new UsageError(`no such file: ${cleanLine(ref)}${suggest === '' ? `${unread}; ${GIVE_A_BRIEF}` : `${unread}${suggest}`}`);
  throw new UnknownBrief(`no brief "${cleanLine(ref)}" in ${cleanLine(dir)}${unread}${suggest || '; run "brief list" to see the ids'}`);
}

/** An id that names no brief in the briefs directory (a git revision may still hold it: diff-side.ts). */
export class UnknownBrief extends UsageError {}

/** Reads and parses one brief; a brief that cannot be read is one line naming file and line. */
export async function loadBrief(ref: string, folder: BriefsFolder): Promise<Brief> {
  const path = await resolveBrief(ref, folder);
  const read = readBriefFile(path);
  if (!read.ok) throw new BriefError(`${cleanLine(path)}:${read.problem.line}: ${read.problem.message}`);
  const { brief, problems } = parseBrief(read.text, path);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) throw new BriefError(`${cleanLine(path)}:${fatal.line}: ${fatal.message}`);
  return brief;
}

// Synchronous: a stat is quick, and the promise API would add to start-up.
async function exists(path: string): Promise<boolean> {
  try { statSync(path); return true; } catch { return false; }
}

