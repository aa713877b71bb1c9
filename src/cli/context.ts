/** What every command needs: the IO, the briefs directory, the config file, and the output style. */
import { plainStyle, type Style } from '../render/style.js';
import { UsageError } from './errors.js';
import type { IO } from './io.js';
import { MAX_WIDTH } from './constants.js';
import { ConfigError } from '../lint/config.js';
import { findConfig, processLookup, type ConfigSearch } from './config-file.js';
import { cleanLine } from '../text/sanitize.js';

export type ColorMode = 'auto' | 'always' | 'never';

export interface GlobalOptions { dir?: string; color?: ColorMode; follow?: boolean }

export interface Context {
  io: IO;
  /** The briefs directory: --dir, else BRIEF_DIR, else the config's `dir`, else ./briefs (contract §1). */
  readonly dir: string;
  /** --follow: symbolic links out of the briefs directory are followed (as ripgrep's -L). */
  follow: boolean;
  /** The nearest trusted .briefrc.json (looked up on first use: schema and completion never need it). */
  readonly configFile: ConfigSearch;
  style: Style;
  /** Wrap width on a terminal (capped at 100 for readable lines), null when piped. */
  width: number | null;
}

/** Builds the context; the config file is found, and its warnings printed, only when first asked for. */
export async function createContext(io: IO, globals: GlobalOptions): Promise<Context> {
  const style = await styleFor(globals.color ?? 'auto', io);
  let found: ConfigSearch | undefined;
  const configFile = (): ConfigSearch => {
    if (found) return found;
    try {
      found = findConfig(io.cwd, processLookup(io.env));
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }
    for (const warning of found.warnings) io.err(`brief: ${cleanLine(warning)}\n`);
    return found;
  };
  return {
    io,
    get dir() { return globals.dir ?? (io.env.BRIEF_DIR ? io.env.BRIEF_DIR : undefined) ?? configFile().dir ?? 'briefs'; },
    follow: globals.follow === true,
    get configFile() { return configFile(); },
    style,
    width: io.stdoutIsTTY ? Math.max(20, Math.min(io.columns, MAX_WIDTH)) : null,
  };
}

/** The style for stdout; chalk loads only when colour is possible (a terminal, or --color always). */
async function styleFor(mode: ColorMode, io: IO): Promise<Style> {
  if (colorLevel(mode, io, () => 1) === 0) return plainStyle;
  const { supportsColor } = await import('chalk');
  const level = colorLevel(mode, io, () => (supportsColor ? supportsColor.level : 0));
  return (await import('../render/color-style.js')).createStyle(level);
}

/**
 * Colour level (0-3) for stdout. `NO_COLOR` (no-color.org) turns colour off whatever the
 * mode; chalk itself ignores it. `--color always` forces at least 16 colours. `detected` is
 * what the terminal supports (chalk's supports-color), asked only when it matters.
 */
export function colorLevel(mode: ColorMode, io: Pick<IO, 'env' | 'stdoutIsTTY'>, detected: () => number): 0 | 1 | 2 | 3 {
  if (mode === 'never') return 0;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  if (mode === 'always') return Math.max(1, detected()) as 1 | 2 | 3;
  if (!io.stdoutIsTTY || io.env.TERM === 'dumb') return 0;
  return Math.max(1, detected()) as 1 | 2 | 3;
}
