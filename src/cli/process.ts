/** Process-level behaviour for the bin: closed pipes, Ctrl-C. Kept out of main so tests can run main alone. */
import { unlinkSync } from 'node:fs';
import { pendingTempFiles } from './temp-files.js';
import { ExitCode } from './errors.js';

export function installProcessHandlers(): void {
  // `brief list | head -1`: the reader went away; stop quietly, as cat and grep do.
  const onPipeError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  };
  process.stdout.on('error', onPipeError);
  process.stderr.on('error', onPipeError);
  // Ctrl-C: remove any temporary file of an unfinished write, exit 130 (128 + SIGINT).
  process.once('SIGINT', () => {
    for (const temp of pendingTempFiles) {
      try { unlinkSync(temp); } catch { /* already gone */ }
    }
    process.exit(ExitCode.Interrupted);
  });
}
