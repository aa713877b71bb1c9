/**
 * Stands in for node:child_process in the bundle (src/build/bundle.mjs): commander requires it at
 * load time for executable subcommands, which brief has none of, and loading it (with net and
 * dgram) would cost every start-up. Only the pager and the PDF printer (cli/chromium.ts) start
 * programs, and then it loads here.
 */
import type * as ChildProcess from 'node:child_process';
import { lazyRequire } from './lazy-require.js';

export const spawn: typeof ChildProcess.spawn = ((...args: Parameters<typeof ChildProcess.spawn>) =>
  lazyRequire<typeof ChildProcess>('node:child_process').spawn(...args)) as typeof ChildProcess.spawn;

export const execFile: typeof ChildProcess.execFile = ((...args: Parameters<typeof ChildProcess.execFile>) =>
  lazyRequire<typeof ChildProcess>('node:child_process').execFile(...args)) as typeof ChildProcess.execFile;
