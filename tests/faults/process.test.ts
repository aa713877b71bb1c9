/**
 * Output that cannot be written and a working folder that is gone (issue 16, finding 10): one
 * line and a documented exit code, never a stack trace or the bundle's source.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, BRIEFS, ROOT, baseEnv, makeTree } from '../helpers/cli.js';
import { guarded } from '../../src/cli/process.js';

const isRoot = process.getuid?.() === 0;
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const FULL = 'brief: cannot write the output: no space left on device (ENOSPC)\n';

/** Runs the CLI with stdout written to `path`. */
function runInto(args: string[], path: string): SpawnSyncReturns<string> {
  const fd = openSync(path, 'w');
  try {
    return spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT, env: baseEnv(), encoding: 'utf8', stdio: ['ignore', fd, 'pipe'],
    });
  } finally {
    closeSync(fd);
  }
}

describe('stdout that cannot be written (finding 10)', () => {
  const lintable = makeTree({ 'briefs/bad.md': '---\ntitle: x\n---\n\nNo sections.\n' });
  const cases: Array<[string, string[]]> = [
    ['list', ['list', '--dir', BRIEFS]],
    ['list --json', ['list', '--json', '--dir', BRIEFS]],
    ['export --all --json', ['export', '--all', '--json', '--dir', BRIEFS]],
    ['show', ['show', 'istanbul-talks', '--dir', BRIEFS]],
    ['lint with findings', ['lint', join(lintable, 'briefs')]],
    ['--version', ['--version']],
    ['--help', ['--help']],
  ];
  it.each(cases)('%s > /dev/full: one line on stderr, exit 1', (_name, args) => {
    const r = runInto(args, '/dev/full');
    expect(r.stderr).toBe(FULL);
    expect(r.status).toBe(1);
  });

  // Their 1 is an answer (the judgements differ, nothing matched): a full disk must not read as it.
  it.each([
    ['diff of two different versions', ['diff', join(BRIEFS, 'istanbul-talks.md'), join(BRIEFS, 'baltic-cable-sabotage.md')]],
    ['diff --json', ['diff', join(BRIEFS, 'istanbul-talks.md'), join(BRIEFS, 'baltic-cable-sabotage.md'), '--json']],
    ['search that matches', ['search', 'ceasefire', '--dir', BRIEFS]],
    ['search --json', ['search', 'ceasefire', '--json', '--dir', BRIEFS]],
  ])('%s > /dev/full: one line on stderr, exit 2, not the 1 of an answer', (_name, args) => {
    const r = runInto(args, '/dev/full');
    expect(r.stderr).toBe(FULL);
    expect(r.status).toBe(2);
  });

  describe.skipIf(!isRoot)('a full disk (tmpfs)', () => {
    const mount = join(tmpdir(), `brief-full-${process.pid}`);
    beforeAll(() => {
      mkdirSync(mount, { recursive: true });
      expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]).status).toBe(0);
    });
    afterAll(() => {
      spawnSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    });

    it('export --all --json > full-disk/out.json: one line, exit 1', () => {
      const seed = readFileSync(join(BRIEFS, 'istanbul-talks.md'), 'utf8');
      const many = makeTree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`b-${i}.md`, seed])));
      const r = runInto(['export', '--all', '--json', '--dir', many], join(mount, 'out.json'));
      expect(r.stderr).toBe(FULL);
      expect(r.status).toBe(1);
    });
  });

  it('an error Node reports after main has returned its code still makes the exit 1', async () => {
    // A stream whose write fails later, as Node reports a failed write to a pipe or terminal.
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        setTimeout(() => callback(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })), 20);
      },
    });
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const previous = process.exitCode;
    try {
      guarded(stream as unknown as NodeJS.WriteStream).write('the whole report');
      process.exitCode = 0; // what the bin sets once main has returned
      await vi.waitFor(() => expect(exit).toHaveBeenCalled());
      expect(exit).toHaveBeenCalledWith(1);
      expect(stderr).toHaveBeenCalledWith('brief: cannot write the output: i/o error (EIO)\n');
    } finally {
      exit.mockRestore();
      stderr.mockRestore();
      process.exitCode = previous;
    }
  });
});

describe('a working folder that was deleted (finding 10)', () => {
  /** Runs the CLI from a folder removed just before it starts. */
  function runInDeletedFolder(args: string[]): SpawnSyncReturns<string> {
    const dir = makeTree({ 'gone/.keep': '' });
    rmSync(join(dir, 'gone/.keep'));
    return spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', 'sh', join(dir, 'gone'), process.execPath, BIN, ...args], {
      env: baseEnv(), encoding: 'utf8',
    });
  }
  const GONE = 'brief: the current folder no longer exists; cd to an existing folder and run brief again\n';

  it('--version, --help and completion scripts still work', () => {
    const version = runInDeletedFolder(['--version']);
    expect([version.status, version.stdout, version.stderr]).toEqual([0, `${VERSION}\n`, '']);
    const help = runInDeletedFolder(['--help']);
    expect([help.status, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^Usage: brief/);
    const completion = runInDeletedFolder(['completion', 'bash']);
    expect([completion.status, completion.stderr]).toEqual([0, '']);
  });

  // Without --dir the briefs directory may come from a .briefrc.json found from there; lint reads
  // its rules from one.
  it.each([
    ['list', ['list']],
    ['lint of an absolute path', ['lint', BRIEFS]],
  ])('%s: one line, exit 2', (_name, args) => {
    const r = runInDeletedFolder(args);
    expect(r.stderr).toBe(GONE);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  // An absolute --dir needs nothing from the working folder.
  it.each([
    ['list', ['list', '--dir', BRIEFS], /^sahel-grain-corridor\t/],
    ['show', ['show', 'istanbul-talks', '--dir', BRIEFS], /^title:\tBilateral Ties/],
  ])('%s with an absolute --dir works', (_name, args, output) => {
    const r = runInDeletedFolder(args);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(output);
  });
});
