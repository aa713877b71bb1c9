/** Paging long output on a terminal, as git does: $PAGER, else `less -FIRX`. */
import type { IO } from './io.js';
import { BriefError } from './errors.js';
import { holdSignals } from './process.js';
import { cleanLine } from '../text/sanitize.js';

export interface PageOptions { pager: boolean }

/** How a pager run ended. */
type PagerOutcome =
  /** It exited 0: it showed the text, or the user quit early (`q` in less). */
  | { kind: 'ok' }
  /** It could not start (no such program, not executable) or exited with an error status. */
  | { kind: 'failed'; reason: string }
  /** A signal ended it part-way: some of the text may have been shown. */
  | { kind: 'killed'; signal: string };

/**
 * What the pager's exit means. `sh -c` exits 127 for a command it cannot find and 126 for one
 * it cannot run.
 */
function pagerOutcome(code: number | null, signal: string | null): PagerOutcome {
  if (signal !== null) return { kind: 'killed', signal };
  if (code === 0) return { kind: 'ok' };
  if (code === 127) return { kind: 'failed', reason: 'was not found' };
  if (code === 126) return { kind: 'failed', reason: 'could not be run' };
  return { kind: 'failed', reason: `exited with status ${code ?? 'unknown'}` };
}

/**
 * Writes `text` through a pager when stdout is a terminal and the text is taller than it.
 * A pager that fails (nothing shown) gets a note on stderr and the text printed directly; one
 * killed part-way is an error (exit 1): the text may be half shown, and printing it again
 * under what is on the screen would bury it.
 */
export async function writePaged(text: string, io: IO, options: PageOptions): Promise<void> {
  const lines = text.split('\n').length - 1;
  const command = io.env.PAGER ?? 'less -FIRX';
  if (!options.pager || !io.stdoutIsTTY || lines < io.rows || command.trim() === '' || command.trim() === 'cat') {
    io.out(text);
    return;
  }
  // child_process loads only when paging: most runs never need it.
  const { spawn } = await import('node:child_process');
  const outcome = await runPager(spawn, text, io.env);
  const name = cleanLine(command);
  if (outcome.kind === 'failed') {
    io.err(`brief: the pager "${name}" ${outcome.reason}; printing directly (--no-pager or PAGER=cat skips it)\n`);
    io.out(text);
  } else if (outcome.kind === 'killed' && outcome.signal !== 'SIGINT') {
    // (A pager that Ctrl-C ends is no failure: brief got the same Ctrl-C and exits 130.)
    throw new BriefError(`the pager "${name}" was killed by ${outcome.signal}; the output may be incomplete`);
  }
}

function runPager(spawn: typeof import('node:child_process').spawn, text: string, env: NodeJS.ProcessEnv): Promise<PagerOutcome> {
  return new Promise((resolve) => {
    // The user's PAGER is a shell command line, as for git; ours needs no shell.
    // Our output is always UTF-8; without this, less under a non-UTF-8 locale shows the
    // header's rule and the bullets as <E2><94><80>.
    const childEnv = { ...env, LESSCHARSET: env.LESSCHARSET ?? 'utf-8' };
    const child = env.PAGER === undefined
      ? spawn('less', ['-FIRX'], { stdio: ['pipe', 'inherit', 'inherit'], env: childEnv })
      : spawn('/bin/sh', ['-c', env.PAGER], { stdio: ['pipe', 'inherit', 'inherit'], env: childEnv });
    // Ctrl-C belongs to the pager while it runs (less uses it to stop a search); brief ends
    // with the signal's code once the pager has exited, never leaving it orphaned.
    const release = holdSignals();
    let settled = false;
    const done = (outcome: PagerOutcome): void => {
      if (settled) return;
      settled = true;
      release();
      resolve(outcome);
    };
    // Only spawn() failing to start the program gives 'error' without 'close' (less missing).
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (child.pid === undefined) done({ kind: 'failed', reason: `could not be started (${error.code ?? error.message})` });
    });
    child.on('close', (code, signal) => done(pagerOutcome(code, signal)));
    // Quitting the pager early closes its input: not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(text);
  });
}
