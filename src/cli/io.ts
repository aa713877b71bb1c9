/** The streams and terminal facts a command may use; injected so commands never touch process.*. */
import { once } from 'node:events';
import { guarded, setOutputFailureExit, writeTo } from './process.js';
import { UsageError } from './errors.js';

export interface IO {
  out(text: string): void;
  /** Bytes to stdout, as they are (a PDF). */
  outBytes(data: Uint8Array): void;
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
  /** The working folder; reading it throws a UsageError when the folder was deleted. */
  cwd: string;
  /** The stream a spinner draws on: stderr. */
  spinnerStream(): NodeJS.WritableStream;
  /** Standard input, for `-` arguments (`brief import -`). */
  stdin(): AsyncIterable<Uint8Array>;
  stdinIsTTY: boolean;
  /** The exit code should stdout or stderr fail to take the output (a full disk): 1 unless a command sets it. */
  setOutputFailureExit(code: number): void;
}

/** The process's streams, each created (and guarded against closed pipes) on first use. */
export function systemIO(): IO {
  const stdout = (): NodeJS.WriteStream => guarded(process.stdout);
  const stderr = (): NodeJS.WriteStream => guarded(process.stderr);
  return {
    out: (text) => { writeTo(stdout(), text); },
    outBytes: (data) => { writeTo(stdout(), data); },
    err: (text) => { writeTo(stderr(), text); },
    drain: () => (stdout().writableNeedDrain ? once(stdout(), 'drain').then(() => undefined) : Promise.resolve()),
    get stdoutIsTTY() { return stdout().isTTY === true; },
    get stderrIsTTY() { return stderr().isTTY === true; },
    get columns() { return stdout().columns || 80; },
    get rows() { return stdout().rows || 24; },
    get stderrColumns() { return stderr().columns ?? 0; },
    env: process.env,
    // Read when a command needs it: --version and --help work in a deleted folder too.
    get cwd() { return currentFolder(); },
    spinnerStream: stderr,
    stdin: () => process.stdin,
    get stdinIsTTY() { return process.stdin.isTTY === true; },
    setOutputFailureExit,
  };
}

/**
 * process.cwd(), or a one-line error when the folder was deleted (from another shell, or by
 * `git checkout`). Commands look up .briefrc.json from here, so they cannot run without it,
 * even with an absolute --dir: the config they would use is unknown.
 */
function currentFolder(): string {
  try {
    return process.cwd();
  } catch {
    throw new UsageError('the current folder no longer exists; cd to an existing folder and run brief again');
  }
}

