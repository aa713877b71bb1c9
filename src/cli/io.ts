/** The streams and terminal facts a command may use; injected so commands never touch process.*. */
import { once } from 'node:events';
import { guarded } from './process.js';

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

/** The process's streams, each created (and guarded against closed pipes) on first use. */
export function systemIO(): IO {
  const stdout = (): NodeJS.WriteStream => guarded(process.stdout);
  const stderr = (): NodeJS.WriteStream => guarded(process.stderr);
  return {
    out: (text) => { stdout().write(text); },
    err: (text) => { stderr().write(text); },
    drain: () => (stdout().writableNeedDrain ? once(stdout(), 'drain').then(() => undefined) : Promise.resolve()),
    get stdoutIsTTY() { return stdout().isTTY === true; },
    get stderrIsTTY() { return stderr().isTTY === true; },
    get columns() { return stdout().columns || 80; },
    get rows() { return stdout().rows || 24; },
    get stderrColumns() { return stderr().columns ?? 0; },
    env: process.env,
    cwd: process.cwd(),
  };
}

