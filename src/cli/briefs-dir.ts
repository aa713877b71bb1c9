/** Checks on the briefs directory shared by the commands that read or write many briefs. */
import { realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { cleanLine } from '../text/sanitize.js';
import { UsageError } from './errors.js';

/** A missing briefs directory is a usage error (exit 2), before anything is read or written. */
export function requireBriefsDir(dir: string): void {
  let isDir = false;
  try { isDir = statSync(dir).isDirectory(); } catch { /* missing */ }
  if (!isDir) throw new UsageError(`briefs directory "${cleanLine(dir)}" does not exist; use --dir <path> or set BRIEF_DIR`);
}

function real(path: string): string {
  try { return realpathSync(path); } catch { return resolve(path); }
}

/**
 * Refuses an output file that is one of the briefs (`export x -o briefs/x.md`): export output
 * written there would replace a brief with its rendering. `target` is where the write lands
 * (a link resolved); `sources` are the briefs being exported.
 */
export function refuseBriefAsOutput(output: string, target: string, dir: string, sources: readonly string[]): void {
  const landing = real(target);
  const rel = relative(real(dir), landing);
  const inBriefs = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && extname(landing).toLowerCase() === '.md';
  if (inBriefs || sources.some((source) => real(source) === landing)) {
    throw new UsageError(`will not write to ${cleanLine(output)}: it is a brief in ${cleanLine(dir)}; choose an output file outside the briefs folder`);
  }
}
