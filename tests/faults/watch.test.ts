/**
 * `lint --watch` when what it watches goes away (issue 16, finding 16): one line and exit 2,
 * the watchers closed so the process ends; edits, atomic saves and Ctrl-C work as before. A
 * file deleted alone is waited for (issue 15: editors delete and write, or rename away and back).
 */
import { spawn } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, baseEnv, briefText, makeTree } from '../helpers/cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `brief lint --watch <path>` as a subprocess: its stderr so far, and its end (or null after `ms`). */
function watchLint(path: string) {
  const child = spawn(process.execPath, [BIN, 'lint', '--watch', path], { env: baseEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const closed = new Promise<{ code: number | null; signal: string | null }>((r) => child.on('close', (code, signal) => r({ code, signal })));
  return {
    child,
    stderr: () => stderr,
    /** Resolves once stderr holds `text` `times` times. */
    async saw(text: string, times = 1): Promise<void> {
      for (let i = 0; i < 400 && stderr.split(text).length - 1 < times; i += 1) await sleep(25);
      expect(stderr.split(text).length - 1, `stderr: ${stderr}`).toBeGreaterThanOrEqual(times);
    },
    /** The exit, or null if it has not come within `ms`; the process is then killed. */
    async end(ms = 5000): Promise<{ code: number | null; signal: string | null } | null> {
      const result = await Promise.race([closed, sleep(ms).then(() => null)]);
      if (result === null) child.kill('SIGKILL');
      return result;
    },
  };
}

describe('lint --watch (finding 16)', () => {
  it('the watched folder deleted: one line, exit 2', async () => {
    const dir = makeTree({ 'briefs/a.md': briefText() });
    const folder = join(dir, 'briefs');
    const watch = watchLint(folder);
    await watch.saw('watching for changes');
    rmSync(folder, { recursive: true });
    expect(await watch.end()).toEqual({ code: 2, signal: null });
    expect(watch.stderr().trimEnd().split('\n').at(-1)).toBe(`brief: ${folder} no longer exists; stopped watching`);
  });

  it('a watched file: lints again after an atomic save, each time; ends with exit 2 when its folder is deleted', async () => {
    const dir = makeTree({ 'briefs/a.md': briefText() });
    const folder = join(dir, 'briefs');
    const file = join(folder, 'a.md');
    const watch = watchLint(file);
    await watch.saw('watching for changes');
    // As editors save: a new file renamed over the old one.
    for (let save = 1; save <= 2; save += 1) {
      writeFileSync(join(folder, '.a.md.swp'), briefText({ front: `tags: [t${save}]\n` }));
      renameSync(join(folder, '.a.md.swp'), file);
      await watch.saw('a.md changed', save);
    }
    // The file alone deleted may be an editor saving it (issue 15): waited for, not the end.
    rmSync(file);
    await watch.saw('is not there');
    rmSync(folder, { recursive: true });
    expect(await watch.end()).toEqual({ code: 2, signal: null });
    expect(watch.stderr().trimEnd().split('\n').at(-1)).toBe(`brief: ${folder} no longer exists; stopped watching`);
  });

  it('Ctrl-C still exits 130', async () => {
    const dir = makeTree({ 'briefs/a.md': briefText() });
    const watch = watchLint(join(dir, 'briefs'));
    await watch.saw('watching for changes');
    watch.child.kill('SIGINT');
    expect(await watch.end()).toEqual({ code: 130, signal: null });
  });
});
