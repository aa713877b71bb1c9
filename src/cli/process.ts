/**
 * Process-level behaviour for the bin: failed output streams, signals, and the pager's turn at
 * the terminal. Kept out of main so tests can run main alone.
 */
import { rmSync } from 'node:fs';
import { pendingTempFiles } from './temp-files.js';
import { ExitCode } from './errors.js';

/** The signals that end brief, with their numbers (the same on Linux and macOS): exit 128 + number. */
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
type HandledSignal = keyof typeof SIGNALS;

/** Temporary files of unfinished writes, and the PDF printer's folder; each is listed before it is created. */
function removeTempFiles(): void {
  for (const temp of pendingTempFiles) {
    try { rmSync(temp, { recursive: true, force: true }); } catch { /* not created yet, or already renamed */ }
  }
}

/** "ENOSPC: no space left on device, write" -> "no space left on device (ENOSPC)". */
function describeError(error: NodeJS.ErrnoException): string {
  const text = /^[A-Z0-9_]+: (.+?)(?:, \w+)?$/.exec(error.message)?.[1] ?? error.message;
  return error.code ? `${text} (${error.code})` : text;
}

/** The exit when output cannot be written: 1, or 2 for a command whose 1 is a result (setOutputFailureExit). */
let outputFailureExit: number = ExitCode.Failure;

/**
 * For `diff` and `search`, whose exit 1 is an answer (the judgements differ, nothing matched):
 * output that cannot be written exits 2, as grep and diff do, so a script never takes a full
 * disk for that answer.
 */
export function setOutputFailureExit(code: number): void {
  outputFailureExit = code;
}

function onStreamError(stream: NodeJS.WriteStream, error: NodeJS.ErrnoException): void {
  // `brief list | head -1`: the reader went away; stop quietly, as cat and grep do.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.Ok);
  // Anything else (a full disk, an I/O error) leaves the output incomplete. Node reports it
  // after the write, possibly after main has returned its code, so the exit happens here.
  if (stream !== process.stderr) {
    guarded(process.stderr).write(`brief: cannot write the output: ${describeError(error)}\n`);
  }
  process.exit(outputFailureExit);
}

/**
 * Writes to a guarded stream. A write that fails at once (a file on a full disk) ends brief
 * here, before the command writes more or reports success on stderr; Node would report it
 * only once the current task is over.
 */
export function writeTo(stream: NodeJS.WriteStream, text: string | Uint8Array): void {
  stream.write(text);
  if (stream.errored) onStreamError(stream, stream.errored as NodeJS.ErrnoException);
}

const guardedStreams = new WeakSet<NodeJS.WriteStream>();

/**
 * process.stdout or process.stderr, with the error handler on it. Node creates each stream
 * on first use (with the stream, net or tty modules behind it, a few ms of start-up), so the
 * handler is added on first use too: `--version` or JSON to a file never creates stderr.
 */
export function guarded(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (!guardedStreams.has(stream)) {
    stream.on('error', (error: NodeJS.ErrnoException) => onStreamError(stream, error));
    guardedStreams.add(stream);
  }
  return stream;
}

let holds = 0;
let deferredExit: number | null = null;

function onSignal(signal: HandledSignal): void {
  const code = 128 + SIGNALS[signal];
  if (holds > 0) deferredExit ??= code;
  else process.exit(code);
}

/**
 * Defers the exit on a signal until the returned function is called: while the pager runs it
 * owns the terminal, and leaving it behind would leave it fighting the shell for the
 * keyboard. git waits for its pager the same way. The exit then comes from the release.
 */
export function holdSignals(): () => void {
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0 && deferredExit !== null) process.exit(deferredExit);
  };
}

/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP end brief with 128 + the signal's number (130, 143,
 * 129), as a shell reports a process killed by one. Whatever ends the process, temporary files
 * of unfinished writes go first.
 */
export function installProcessHandlers(): void {
  process.on('exit', removeTempFiles);
  for (const signal of Object.keys(SIGNALS) as HandledSignal[]) process.on(signal, onSignal);
}
