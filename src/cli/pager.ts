/** Paging long output on a terminal, as git does: $PAGER, else `less -FIRX`. */
import type { IO } from './io.js';

export interface PageOptions { pager: boolean }

/** Writes `text` through a pager when stdout is a terminal and the text is taller than it. */
export async function writePaged(text: string, io: IO, options: PageOptions): Promise<void> {
  const lines = text.split('\n').length - 1;
  const command = io.env.PAGER ?? 'less -FIRX';
  if (!options.pager || !io.stdoutIsTTY || lines < io.rows || command.trim() === '' || command.trim() === 'cat') {
    io.out(text);
    return;
  }
  // child_process loads only when paging: most runs never need it.
  const { spawn } = await import('node:child_process');
  const ok = await runPager(spawn, command, text, io.env);
  if (!ok) io.out(text);
}

/** True when the pager ran; false when it could not start (then the caller prints directly). */
function runPager(spawn: typeof import('node:child_process').spawn, command: string, text: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    // The user's PAGER is a shell command line, as for git; ours needs no shell.
    // Our output is always UTF-8; without this, less under a non-UTF-8 locale shows the
    // header's rule and the bullets as <E2><94><80>.
    const childEnv = { ...env, LESSCHARSET: env.LESSCHARSET ?? 'utf-8' };
    const child = env.PAGER === undefined
      ? spawn('less', ['-FIRX'], { stdio: ['pipe', 'inherit', 'inherit'], env: childEnv })
      : spawn('/bin/sh', ['-c', command], { stdio: ['pipe', 'inherit', 'inherit'], env: childEnv });
    let started = false;
    // Ctrl-C belongs to the pager while it runs (less uses it to stop a search).
    const ignore = (): void => {};
    process.on('SIGINT', ignore);
    const done = (ok: boolean): void => {
      process.off('SIGINT', ignore);
      resolve(ok);
    };
    child.on('spawn', () => { started = true; });
    child.on('error', () => done(started));
    child.on('close', (code) => done(started && code !== 127));
    // Quitting the pager early closes its input: not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(text);
  });
}
