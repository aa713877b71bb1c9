/** What every command needs: the briefs directory, output style, and brief loading with clear errors. */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Brief } from '../brief/model.js';
import { discoverBriefs } from '../brief/discover.js';
import { idFromPath, parseBrief } from '../brief/parse.js';
import { readBriefFile } from '../brief/read.js';
import { createStyle, type Style } from '../render/style.js';
import { closestMatches } from '../text/suggest.js';
import { cleanLine } from '../text/sanitize.js';
import { BriefError, UsageError } from './errors.js';
import type { IO } from './io.js';
import { supportsColor } from 'chalk';
import { MAX_WIDTH } from './constants.js';
import { ConfigError, findConfig, type BriefConfig } from '../lint/config.js';
import { RULE_IDS } from '../lint/rules/ids.js';

export type ColorMode = 'auto' | 'always' | 'never';

export interface GlobalOptions { dir?: string; color?: ColorMode }

export interface Context {
  io: IO;
  /** The nearest .briefrc.json, or an empty config. */
  config: BriefConfig;
  configPath: string | null;
  /** The briefs directory: --dir, else BRIEF_DIR, else ./briefs (contract §1). */
  dir: string;
  style: Style;
  /** Wrap width on a terminal (capped at 100 for readable lines), null when piped. */
  width: number | null;
}


/** Builds the context; the briefs directory is --dir, else BRIEF_DIR, else the config's, else ./briefs. */
export async function createContext(io: IO, globals: GlobalOptions): Promise<Context> {
  let found;
  try {
    found = await findConfig(io.cwd, RULE_IDS);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const config = found?.config ?? {};
  const dir = globals.dir ?? (io.env.BRIEF_DIR ? io.env.BRIEF_DIR : undefined) ?? config.dir ?? 'briefs';
  return {
    io,
    config,
    configPath: found?.path ?? null,
    dir,
    style: createStyle(colorLevel(globals.color ?? 'auto', io)),
    width: io.stdoutIsTTY ? Math.max(20, Math.min(io.columns, MAX_WIDTH)) : null,
  };
}

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

async function exists(path: string): Promise<boolean> {
  try { await stat(path); return true; } catch { return false; }
}

async function isFile(path: string): Promise<boolean> {
  try { return (await stat(path)).isFile(); } catch { return false; }
}

/**
 * Colour level (0-3) for stdout. `NO_COLOR` (no-color.org) turns colour off whatever the
 * mode; chalk itself ignores it. `--color always` forces at least 16 colours.
 */
export function colorLevel(mode: ColorMode, io: Pick<IO, 'env' | 'stdoutIsTTY'>): 0 | 1 | 2 | 3 {
  if (mode === 'never') return 0;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  const detected = supportsColor ? supportsColor.level : 0;
  if (mode === 'always') return (Math.max(1, detected) as 1 | 2 | 3);
  if (!io.stdoutIsTTY || io.env.TERM === 'dumb') return 0;
  return (Math.max(1, detected) as 1 | 2 | 3);
}
