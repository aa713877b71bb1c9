/**
 * One side of `brief diff`: a file, an id, or `<id>@<rev>` (the brief as a git revision holds
 * it). Errors are one line; every one is a usage error (exit 2), since diff's exit 1 means
 * "the judgements differ".
 */
import { join } from 'node:path';
import type { Brief } from '../brief/model.js';
import { parseBrief } from '../brief/parse.js';
import { decodeBrief } from '../brief/read.js';
import type { DiffSide } from '../diff/json.js';
import { cleanLine } from '../text/sanitize.js';
import { BriefError, UsageError } from './errors.js';
import { isFile, locateRevision, showAt } from './git.js';
import { loadBrief, resolveBrief, UnknownBrief, type BriefsFolder } from './load.js';

/** A brief that cannot be read is an error of the run here (exit 2), not a difference (exit 1). */
async function asUsage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BriefError) throw new UsageError(error.message);
    throw error;
  }
}

/** `name@rev` split at the first "@" (ids never hold one; a revision may: `HEAD@{1}`). */
export function splitRef(ref: string): { name: string; rev: string } | null {
  const at = ref.indexOf('@');
  return at === -1 ? null : { name: ref.slice(0, at), rev: ref.slice(at + 1) };
}

export async function loadSide(ref: string, folder: BriefsFolder, env: NodeJS.ProcessEnv): Promise<DiffSide> {
  // A file whose name holds "@" is still a file.
  const split = isFile(ref) ? null : splitRef(ref);
  if (split === null) return { brief: await asUsage(() => loadBrief(ref, folder)), ref, rev: null, commit: null };
  const { name, rev } = split;
  if (name === '') throw new UsageError(`"${cleanLine(ref)}" names no brief before "@"; write <id>@<rev>, such as istanbul-talks@HEAD~1`);
  if (rev === '') throw new UsageError(`"${cleanLine(ref)}" names no revision after "@"; write <id>@<rev>, such as ${cleanLine(name)}@HEAD~1`);
  const { file, unknown } = await inWorkingTree(name, folder);
  const { where, commit } = await locateRevision(file, rev, env);
  const bytes = await showAt(where, commit, env);
  // Neither the working tree nor the revision has it: the working tree's message says what is near.
  if (bytes === null && unknown !== null) throw unknown;
  if (bytes === null) {
    throw new UsageError(`${cleanLine(file)} is not in revision ${cleanLine(rev)}; give a revision that has it (git log --oneline -- ${cleanLine(file)} lists them)`);
  }
  return { brief: parseAt(bytes, file, rev), ref, rev, commit };
}

/**
 * The file `name` is in the working tree; a path that is not there any more (deleted, renamed)
 * is still a path a revision may hold, and so is an id, at `<dir>/<id>.md` (`unknown` keeps the
 * working tree's error, for when the revision has no such file either).
 */
async function inWorkingTree(name: string, folder: BriefsFolder): Promise<{ file: string; unknown: UnknownBrief | null }> {
  try {
    return { file: await resolveBrief(name, folder), unknown: null };
  } catch (error) {
    if (error instanceof UsageError && /\.md$/i.test(name)) return { file: name, unknown: null };
    if (error instanceof UnknownBrief) return { file: join(folder.dir, `${name}.md`), unknown: error };
    throw error;
  }
}

/** Parses a brief read from git; named `file@rev` in errors, since the working tree's file may differ. */
export function parseAt(bytes: Uint8Array, file: string, rev: string): Brief {
  const decoded = decodeBrief(bytes);
  const where = `${cleanLine(file)}@${cleanLine(rev)}`;
  if (!decoded.ok) throw new UsageError(`${where}:${decoded.problem.line}: ${decoded.problem.message}`);
  const { brief, problems } = parseBrief(decoded.text, file);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) throw new UsageError(`${where}:${fatal.line}: ${fatal.message}`);
  return brief;
}
