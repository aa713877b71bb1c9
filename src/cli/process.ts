/** Process-level behaviour for the bin: closed pipes, Ctrl-C. Kept out of main so tests can run main alone. */
import { unlinkSync } from 'node:fs';
import { pendingTempFiles } from './temp-files.js';
import { ExitCode } from './errors.js';

// `brief list | head -1`: the reader went away; stop quietly, as cat and grep do.
function onPipeError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

const guardedStreams = new WeakSet<NodeJS.WriteStream>();

/**
 * process.stdout or process.stderr, with the closed-pipe handler on it. Node creates each stream
 * on first use (with the stream, net or tty modules behind it, a few ms of start-up), so the
 * handler is added on first use too: `--version` or JSON to a file never creates stderr.
 */
export function guarded(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (!guardedStreams.has(stream)) {
    stream.on('error', onPipeError);
    guardedStreams.add(stream);
  }
  return stream;
}

export function installProcessHandlers(): void {
  // Ctrl-C: remove any temporary file of an unfinished write, exit 130 (128 + SIGINT).
  process.once('SIGINT', () => {
    for (const temp of pendingTempFiles) {
      try { unlinkSync(temp); } catch { /* already gone */ }
    }
    process.exit(ExitCode.Interrupted);
  });
}
