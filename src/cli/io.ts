/** The streams and terminal facts a command may use; injected so commands never touch process.*. */
import { once } from 'node:events';

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
  /** stderr's width as the terminal reports it: 0 when it reports none (no default). */
  stderrColumns: number;
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
    stderrColumns: process.stderr.columns ?? 0,
    env: process.env,
    cwd: process.cwd(),
  };
}

