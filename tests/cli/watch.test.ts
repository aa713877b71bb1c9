/**
 * `lint --watch` through the ways editors save (issue 15): written in place, a temporary file
 * renamed over it (sed -i, Vim, VS Code), deleted and made again, renamed away and back (Emacs's
 * backup), JetBrains' safe write; and new files and folders. Each save must show in the output
 * within a second. The built bin runs as a subprocess, piped and in a pseudo-terminal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, baseEnv, briefText, makeTree } from '../helpers/cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A brief whose one finding quotes `marker`: what the output shows once it has read this version. */
const version = (marker: string): string => briefText({ front: `status: ${marker}\n` });
const finding = (marker: string): string => `"status: ${marker}" is not one of`;

const CLEAR = '\u001b[H\u001b[2J';

let children: ChildProcess[] = [];
afterEach(() => {
  // The watcher's process group (the pseudo-terminal runs it under `script`).
  for (const child of children) if (child.exitCode === null) try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ }
  children = [];
});

/** `brief lint --watch <path>`, piped or in a pseudo-terminal: its output (stdout and stderr) so far. */
function startWatch(path: string, options: { terminal?: boolean } = {}) {
  const args = [BIN, 'lint', '--watch', path];
  const child = options.terminal
    ? spawn('script', ['-qec', `stty cols 100 rows 30; ${[process.execPath, ...args].map((a) => `'${a}'`).join(' ')}`, '/dev/null'], { env: baseEnv(), detached: true })
    : spawn(process.execPath, args, { env: baseEnv(), detached: true });
  children.push(child);
  let output = '';
  const closed = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  child.stdout!.setEncoding('utf8').on('data', (d: string) => { output += d; });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { output += d; });
  return {
    output: () => output,
    /** The exit code, or null if the process has not ended within five seconds. */
    ended: () => Promise.race([closed, sleep(5000).then(() => null)]),
    /** Waits (polling) until the output after `from` holds `text`; returns how long that took. */
    async shows(text: string, from = 0, within = 1000): Promise<number> {
      const start = Date.now();
      while (!output.slice(from).includes(text) && Date.now() - start < within + 4000) await sleep(10);
      const took = Date.now() - start;
      expect(output.slice(from), `waiting for ${text}`).toContain(text);
      expect(took, `"${text}" took ${took} ms`).toBeLessThanOrEqual(within);
      return took;
    },
  };
}

/** Each way of saving `file` with new content, as the editors named do it. */
const SAVES: Array<[string, (file: string, text: string) => Promise<void> | void]> = [
  ['in place', (file, text) => writeFileSync(file, text)],
  ['temporary file renamed over it (sed -i, Vim, VS Code)', (file, text) => {
    writeFileSync(join(file, '../sedXk2Qz1'), text);
    renameSync(join(file, '../sedXk2Qz1'), file);
  }],
  ['deleted and made again', async (file, text) => {
    unlinkSync(file);
    await sleep(50);
    writeFileSync(file, text);
  }],
  ['renamed away and back', async (file, text) => {
    renameSync(file, `${file}.away`);
    await sleep(50);
    writeFileSync(`${file}.away`, text);
    renameSync(`${file}.away`, file);
  }],
  ['Emacs: renamed to a backup, then written anew', (file, text) => {
    renameSync(file, `${file}~`);
    writeFileSync(file, text);
  }],
  ['JetBrains safe write', (file, text) => {
    writeFileSync(`${file}___jb_tmp___`, text);
    renameSync(file, `${file}___jb_old___`);
    renameSync(`${file}___jb_tmp___`, file);
    unlinkSync(`${file}___jb_old___`);
  }],
];

describe('lint --watch sees every kind of save', () => {
  for (const target of ['the file', 'its folder'] as const) {
    it(`watching ${target}: each save shows within a second, every time`, async () => {
      const dir = makeTree({ 'briefs/a.md': version('v0') });
      const file = join(dir, 'briefs/a.md');
      const watch = startWatch(target === 'the file' ? file : join(dir, 'briefs'));
      await watch.shows('watching for changes', 0, 5000);
      expect(watch.output()).toContain(finding('v0'));
      // Twice round: a watch that survives one replacement must survive the next.
      for (const round of [1, 2]) {
        for (const [i, [, save]] of SAVES.entries()) {
          const from = watch.output().length;
          await save(file, version(`r${round}s${i}`));
          await watch.shows(finding(`r${round}s${i}`), from);
        }
      }
      // Piped: no screen clearing, no escape sequences at all.
      expect(watch.output()).not.toContain('\u001b');
    }, 60_000);
  }

  it('watching a folder: a new file, and a file in a new folder, show within a second', async () => {
    const dir = makeTree({ 'briefs/a.md': version('v0') });
    const watch = startWatch(join(dir, 'briefs'));
    await watch.shows('watching for changes', 0, 5000);
    let from = watch.output().length;
    writeFileSync(join(dir, 'briefs/new.md'), version('fresh'));
    await watch.shows(`briefs/new.md:`, from);
    expect(watch.output().slice(from)).toContain(finding('fresh'));

    from = watch.output().length;
    mkdirSync(join(dir, 'briefs/2026'));
    writeFileSync(join(dir, 'briefs/2026/deep.md'), version('deep1'));
    await watch.shows(finding('deep1'), from);
    // The new folder is watched from then on.
    from = watch.output().length;
    writeFileSync(join(dir, 'briefs/2026/deep.md'), version('deep2'));
    await watch.shows(finding('deep2'), from);
  }, 30_000);

  it("editors' temporary and backup files do not start a run", async () => {
    const dir = makeTree({ 'briefs/a.md': version('v0') });
    const watch = startWatch(join(dir, 'briefs'));
    await watch.shows('watching for changes', 0, 5000);
    writeFileSync(join(dir, 'briefs/.a.md.swp'), 'x');
    writeFileSync(join(dir, 'briefs/a.md~'), 'x');
    writeFileSync(join(dir, 'briefs/4913'), 'x');
    // Then a real save: the run it starts is the only one, and names only a.md.
    const from = watch.output().length;
    writeFileSync(join(dir, 'briefs/a.md'), version('real'));
    await watch.shows(finding('real'), from);
    expect(watch.output().split('linting').length - 1).toBe(2);
    expect(watch.output().slice(from)).toMatch(/linting \S+briefs \(\S+briefs\/a\.md changed\)/);
  }, 30_000);

  it('a file deleted is named and waited for; its folder deleted ends the watch with exit 2', async () => {
    const dir = makeTree({ 'briefs/a.md': version('v0') });
    const file = join(dir, 'briefs/a.md');
    const watch = startWatch(file);
    await watch.shows('watching for changes', 0, 5000);
    let from = watch.output().length;
    unlinkSync(file);
    await watch.shows(`${file} is not there (deleted, renamed or being saved); linted again when it is back`, from);
    from = watch.output().length;
    writeFileSync(file, version('back'));
    await watch.shows(finding('back'), from);
    rmSync(join(dir, 'briefs'), { recursive: true });
    await watch.shows(`brief: ${join(dir, 'briefs')} no longer exists; stopped watching`, from, 3000);
    expect(await watch.ended()).toBe(2);
  }, 30_000);

  it('each run says when it ran, what changed and what it checked', async () => {
    const dir = makeTree({ 'briefs/a.md': version('v0') });
    const file = join(dir, 'briefs/a.md');
    const watch = startWatch(file);
    await watch.shows('watching for changes', 0, 5000);
    const from = watch.output().length;
    writeFileSync(file, version('v1'));
    await watch.shows('1 brief', from);
    expect(watch.output().slice(from)).toMatch(new RegExp(`^brief: \\d\\d:\\d\\d:\\d\\d linting ${file} \\(${file} changed\\)\\n`));
  }, 30_000);
});

describe('lint --watch on a terminal', () => {
  it('clears the screen before each run after the first', async () => {
    const dir = makeTree({ 'briefs/a.md': version('v0') });
    const file = join(dir, 'briefs/a.md');
    const watch = startWatch(file, { terminal: true });
    await watch.shows('watching for changes', 0, 5000);
    expect(watch.output()).not.toContain(CLEAR);
    for (const marker of ['t1', 't2']) {
      const from = watch.output().length;
      writeFileSync(file, version(marker));
      await watch.shows(finding(marker), from);
      // The screen is cleared, then the run's header is the first thing on it.
      expect(watch.output().slice(from)).toMatch(/^\u001b\[H\u001b\[2J[^\n]*brief: \d\d:\d\d:\d\d linting /);
      // The run is over (its last line written) before the next save is measured from; on a
      // busy machine the end of a run could otherwise land after the next `from`.
      await watch.shows('watching for changes', from);
    }
  }, 30_000);
});
