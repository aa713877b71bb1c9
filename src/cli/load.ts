/** Finding and reading the brief a command names, with one-line errors and closest matches. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief } from '../brief/model.js';
import { discoverBriefs } from '../brief/discover.js';
import { idFromPath, parseBrief } from '../brief/parse.js';
import { readBriefFile } from '../brief/read.js';
import { closestMatches } from '../text/suggest.js';
import { cleanLine } from '../text/sanitize.js';
import { BriefError, UsageError } from './errors.js';

/** A `<brief>` argument is a path when it names a `.md` file or has a slash; otherwise an id. */
function looksLikePath(ref: string): boolean {
  return /\.md$/i.test(ref) || ref.includes('/') || ref.includes('\\');
}

/** The file a `<brief>` argument names; unknown ids fail with the closest matches. */
export async function resolveBrief(ref: string, dir: string): Promise<string> {
  if (looksLikePath(ref)) {
    if (await exists(ref)) return ref;
    throw new UsageError(`no such file: ${cleanLine(ref)}`);
  }
  // Fast path: <dir>/<id>.md, without walking a large archive.
  const direct = join(dir, `${ref}.md`);
  if (await isFile(direct)) return direct;
  if (!(await exists(dir))) {
    throw new UsageError(`briefs directory "${cleanLine(dir)}" does not exist; use --dir <path> or set BRIEF_DIR`);
  }
  const { files } = await discoverBriefs(dir);
  const matches = files.filter((f) => idFromPath(f) === ref);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new UsageError(`"${cleanLine(ref)}" names ${matches.length} briefs (${matches.map(cleanLine).join(', ')}); give the path instead`);
  }
  const near = closestMatches(ref, new Set(files.map(idFromPath)));
  const hint = near.length > 0 ? `; did you mean ${near.map((n) => `"${cleanLine(n)}"`).join(' or ')}?` : '; run "brief list" to see the ids';
  throw new UsageError(`no brief "${cleanLine(ref)}" in ${cleanLine(dir)}${hint}`);
}

/** Reads and parses one brief; a brief that cannot be read is one line naming file and line. */
export async function loadBrief(ref: string, dir: string): Promise<Brief> {
  const path = await resolveBrief(ref, dir);
  const read = readBriefFile(path);
  if (!read.ok) throw new BriefError(`${cleanLine(path)}:${read.problem.line}: ${read.problem.message}`);
  const { brief, problems } = parseBrief(read.text, path);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) throw new BriefError(`${cleanLine(path)}:${fatal.line}: ${fatal.message}`);
  return brief;
}

// Synchronous: a stat is microseconds, and the promise API costs start-up ~1 ms to load.
async function exists(path: string): Promise<boolean> {
  try { statSync(path); return true; } catch { return false; }
}

async function isFile(path: string): Promise<boolean> {
  try { return statSync(path).isFile(); } catch { return false; }
}
