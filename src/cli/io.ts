/** The streams and terminal facts a command may use; injected so commands never touch process.*. */
import { once } from 'node:events';
import { supportsColor } from 'chalk';

export type ColorMode = 'auto' | 'always' | 'never';

export interface IO {
  out(text: string): void;
  err(text: string): void;
  /** Resolves once stdout has room again: long streams wait here instead of buffering in memory. */
  drain(): Promise<void>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width and height, when stdout is a terminal. */
  columns: number;
  rows: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function systemIO(): IO {
  return {
    out: (text) => { process.stdout.write(text); },
    err: (text) => { process.stderr.write(text); },
    drain: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns || 80,
    rows: process.stdout.rows || 24,
    env: process.env,
    cwd: process.cwd(),
  };
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
