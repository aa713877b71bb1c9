/**
 * The briefs directory as the commands that read many briefs use it: checked, listed, and each
 * brief read in turn, so that one brief that cannot be read is reported and never stops the rest.
 */
import { realpathSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { isInside } from '../brief/inside.js';
import { idFromPath, idKey } from '../brief/meta.js';
import { discoverBriefs, type Discovery } from '../brief/discover.js';
import type { Problem } from '../brief/model.js';
import { readBriefFile } from '../brief/read.js';
import { cleanLine } from '../text/sanitize.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { yieldToEventLoop } from './yield.js';

/** What to do about a briefs directory that is missing or holds no brief. */
const DIR_HINT = 'use --dir <path> or set BRIEF_DIR';

/** What to do about folders given as arguments that hold no brief. */
export const FOLDERS_HINT = 'give a folder of briefs, a brief\'s id or the path of its .md file';

/**
 * The one line every command says when the folders it searched held no brief (what a brief is,
 * and what to do), whatever it prints on stdout for nothing found. Only when nothing was left
 * out either: a folder not read or a link not followed is named instead, and may be the reason.
 */
export function noBriefsIn(folders: readonly string[], hint = DIR_HINT): string {
  return `no briefs in ${folders.map(cleanLine).join(', ')} or ${folders.length === 1 ? 'its' : 'their'} subfolders (.md files other than README.md); ${hint}`;
}

/** A missing briefs directory is a usage error (exit 2), before anything is read or written. */
export function requireBriefsDir(dir: string, hint = DIR_HINT): void {
  let stat: ReturnType<typeof statSync> | undefined;
  try { stat = statSync(dir); } catch { /* missing */ }
  if (stat?.isDirectory()) return;
  // A brief's file given to --dir: the folder holding it is what was meant.
  if (stat !== undefined) throw new UsageError(`briefs directory "${cleanLine(dir)}" is a file, not a folder; give --dir the folder that holds it`);
  throw new UsageError(`briefs directory "${cleanLine(dir)}" does not exist; ${hint}`);
}

/** Every brief file of the briefs directory, its warnings, or that it holds none, already on stderr. */
export async function findBriefs(ctx: Pick<Context, 'dir' | 'follow' | 'io'>): Promise<Discovery> {
  requireBriefsDir(ctx.dir);
  const found = await discoverBriefs(ctx.dir, { follow: ctx.follow });
  for (const w of found.warnings) ctx.io.err(`brief: ${cleanLine(w)}\n`);
  if (found.files.length === 0 && found.warnings.length === 0) ctx.io.err(`brief: ${noBriefsIn([ctx.dir])}\n`);
  return found;
}

/** What reading one brief gives: its value, or the problem that leaves it out. */
export type Outcome<T> = { value: T } | { problem: Pick<Problem, 'line' | 'message'> };

/**
 * Reads each file and hands its text to `parse`, one file at a time (memory does not grow with
 * the archive). A file that cannot be read, whose `parse` gives a problem, or that breaks the
 * parser or a renderer is named on stderr with its line and left out.
 */
export async function* readEach<T>(files: readonly string[], parse: (text: string, path: string) => Outcome<T>, ctx: Pick<Context, 'io'>): AsyncGenerator<T> {
  for (const [i, path] of files.entries()) {
    // Lets a spinner turn and a signal be handled during long runs.
    if (i % 64 === 63) await yieldToEventLoop();
    const outcome = readOne(path, parse);
    if ('value' in outcome) yield outcome.value;
    else reportSkipped(path, outcome.problem, ctx);
  }
}

/** One file read and handed to `parse`; a file that breaks the parser or a renderer is a problem, never a throw. */
export function readOne<T>(path: string, parse: (text: string, path: string) => Outcome<T>): Outcome<T> {
  try {
    const read = readBriefFile(path);
    return read.ok ? parse(read.text, path) : { problem: read.problem };
  } catch (error) {
    return { problem: { line: 1, message: `could not be read (${(error as Error).message ?? String(error)})` } };
  }
}

/** The line that names a brief left out, on stderr. */
export function reportSkipped(path: string, problem: Pick<Problem, 'line' | 'message'>, ctx: Pick<Context, 'io'>): void {
  ctx.io.err(`brief: ${cleanLine(path)}:${problem.line}: ${cleanLine(problem.message)} (skipped)\n`);
}

/** The path with links resolved; as given (absolute) when it does not exist. */
export function real(path: string): string {
  try { return realpathSync(path); } catch { return resolve(path); }
}

/**
 * Refuses an output file that is one of the briefs (`export x -o briefs/x.md`): export output
 * written there would replace a brief with its rendering. `target` is where the write lands
 * (a link resolved); `sources` are the briefs being exported.
 */
export function refuseBriefAsOutput(output: string, target: string, dir: string, sources: readonly string[]): void {
  const landing = real(target);
  const folder = real(dir);
  const inBriefs = landing !== folder && isInside(folder, landing) && extname(landing).toLowerCase() === '.md';
  if (inBriefs || sources.some((source) => real(source) === landing)) {
    throw new UsageError(`will not write to ${cleanLine(output)}: it is a brief in ${cleanLine(dir)}; choose an output file outside the briefs folder`);
  }
}

/**
 * A new id must be new anywhere in the briefs directory, also to a file system that ignores
 * letter case or Unicode normalisation: otherwise `brief show <id>` could not tell them apart.
 */
export async function refuseTakenId(id: string, ctx: Pick<Context, 'dir' | 'follow' | 'io'>): Promise<void> {
  const { files, outside, unread } = await discoverBriefs(ctx.dir, { follow: ctx.follow });
  const taken = [...files, ...outside].filter((path) => idKey(idFromPath(path)) === idKey(id));
  const same = taken.find((path) => idFromPath(path) === id);
  // A kebab-case id is ASCII: only letter case can make another name collide with it.
  if (same) throw new UsageError(`${cleanLine(same)} already exists; choose another id`);
  if (taken.length > 0) {
    throw new UsageError(`${cleanLine(taken[0]!)} already exists, and "${id}" differs from its name only by letter case; choose another id`);
  }
  for (const folder of unread) ctx.io.err(`brief: ${cleanLine(folder)}: cannot be read; not checked for the id "${id}"\n`);
}
