/**
 * Finding 15: a folder that cannot be listed (no permission, a path past 4,096 bytes, too many
 * links) must not pass as "no problems": lint and export --all exit 1, list names it and exits 0.
 */
import { execFileSync, execFile } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, baseEnv, briefText, makeTree, runCli, type Result } from '../helpers/cli.js';

const isRoot = process.getuid?.() === 0;
const trees: string[] = [];
afterAll(() => {
  // rm copes with paths past PATH_MAX (it walks with openat); chmod first so nothing is left behind.
  for (const dir of trees) execFileSync('sh', ['-c', 'chmod -R u+rwx "$1" 2>/dev/null; rm -rf "$1"', 'sh', dir]);
});

function tree(files: Record<string, string>): string {
  const dir = makeTree(files);
  trees.push(dir);
  return dir;
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the CLI where a mode-000 folder really is unreadable: as root (CI), permissions do not
 * stop reads, so the command runs as `nobody`, in a tree it can reach.
 */
function runUnprivileged(args: string[], cwd: string): Promise<Result> {
  const command = `cd ${shellQuote(cwd)} && exec ${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args.map(shellQuote).join(' ')}`;
  const [file, argv] = isRoot ? ['su', ['nobody', '-s', '/bin/sh', '-c', command]] : ['sh', ['-c', command]];
  return new Promise((resolve) => {
    execFile(file, argv, { env: baseEnv(), encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** briefs/open/readable.md, and briefs/locked/hidden.md in a folder nobody may list. */
function lockedTree(): string {
  const dir = tree({ 'briefs/open/readable.md': briefText(), 'briefs/locked/hidden.md': briefText() });
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  chmodSync(join(dir, 'briefs/locked'), 0o000);
  return dir;
}

describe('a folder that cannot be read (EACCES)', () => {
  it('makes lint exit 1, naming the folder, and its count never says "no problems"', async () => {
    const dir = lockedTree();
    const r = await runUnprivileged(['lint'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('brief: briefs/locked: cannot be read (EACCES); briefs in it are left out');
    expect(r.stderr).not.toContain('no problems');
    expect(r.stderr).toContain('1 brief checked; 1 folder could not be read');
    // The same tree, readable: the count and the exit code are as before.
    execFileSync('chmod', ['a+rx', join(dir, 'briefs/locked')]);
    const full = await runUnprivileged(['lint'], dir);
    expect(full.code).toBe(0);
    expect(full.stderr).toContain('2 briefs checked, no problems');
  });

  it('makes lint exit 1 in every report format', async () => {
    const dir = lockedTree();
    for (const format of ['json', 'sarif', 'github']) {
      const r = await runUnprivileged(['lint', '--format', format], dir);
      expect(r.code, format).toBe(1);
      expect(r.stderr, format).toContain('briefs/locked: cannot be read (EACCES)');
    }
  });

  it('makes export --all exit 1 with the readable briefs still exported, while list keeps exit 0', async () => {
    const dir = lockedTree();
    const r = await runUnprivileged(['export', '--all', '--json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((b: { id: string }) => b.id)).toEqual(['readable']);
    expect(r.stderr).toContain('briefs/locked: cannot be read (EACCES)');
    // list is a view, not a check: the contract keeps it at 0, with the folder named.
    const list = await runUnprivileged(['list'], dir);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^readable\t/);
    expect(list.stderr).toContain('briefs/locked: cannot be read (EACCES)');
  });

  it('says so when an id is not found', async () => {
    const r = await runUnprivileged(['show', 'hidden'], lockedTree());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no brief "hidden" in briefs (1 folder could not be read)');
  });
});

describe('a folder past 4,096 bytes of path (ENAMETOOLONG)', () => {
  /** 22 nested folders of 200 bytes: the last is 4,400 bytes from the briefs folder. */
  function deepTree(): string {
    const dir = tree({ 'briefs/top.md': briefText() });
    const name = 'd'.repeat(200);
    // One level at a time with relative paths (a child process may chdir): no call sees the whole path.
    const script = `const fs = require('fs'); process.chdir('briefs');
      for (let i = 0; i < 22; i += 1) { fs.mkdirSync('${name}'); process.chdir('${name}'); }
      fs.writeFileSync('deep.md', process.argv.at(-1));`;
    execFileSync(process.execPath, ['-e', script, '--', briefText()], { cwd: dir });
    return dir;
  }

  it('makes lint and export --all exit 1 and list name the folder', async () => {
    const dir = deepTree();
    const lint = await runCli(['lint'], { cwd: dir });
    expect(lint.code).toBe(1);
    expect(lint.stderr).toMatch(/cannot be read \(ENAMETOOLONG\); briefs in it are left out/);
    expect(lint.stderr).toContain('1 brief checked; 1 folder could not be read');

    const exported = await runCli(['export', '--all', '--json'], { cwd: dir });
    expect(exported.code).toBe(1);
    expect(JSON.parse(exported.stdout).map((b: { id: string }) => b.id)).toEqual(['top']);

    const list = await runCli(['list'], { cwd: dir });
    expect(list.code).toBe(0);
    expect(list.stderr).toContain('(ENAMETOOLONG)');
  });
});

describe('a folder behind more than 40 links (ELOOP)', () => {
  /** briefs/l1 -> .r1, .r1/l2 -> ../.r2, ...: .r45 is reached only through 45 links in a row. */
  function chainTree(): string {
    const dir = tree({ 'briefs/top.md': briefText() });
    const briefs = join(dir, 'briefs');
    for (let i = 1; i <= 45; i += 1) mkdirSync(join(briefs, `.r${i}`));
    symlinkSync('.r1', join(briefs, 'l1'));
    for (let i = 2; i <= 45; i += 1) symlinkSync(`../.r${i}`, join(briefs, `.r${i - 1}`, `l${i}`));
    writeFileSync(join(briefs, '.r45', 'deep.md'), briefText());
    return dir;
  }

  it('is reported, and lint and export --all exit 1', async () => {
    const dir = chainTree();
    const lint = await runCli(['lint'], { cwd: dir });
    expect(lint.code).toBe(1);
    expect(lint.stderr).toMatch(/briefs(\/l\d+)+: cannot be read \(ELOOP\)/);
    expect(lint.stderr).not.toContain('no problems');
    const exported = await runCli(['export', '--all', '--json'], { cwd: dir });
    expect(exported.code).toBe(1);
    expect(JSON.parse(exported.stdout).map((b: { id: string }) => b.id)).toEqual(['top']);
  });
});
