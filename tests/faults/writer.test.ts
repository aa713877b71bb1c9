/**
 * The one writer (export -o, lint --fix, new) against the targets a user can lose: devices,
 * pipes, links, read-only and shared files, the briefs themselves, full disks, edits made
 * while brief works (issue 16, findings 4-8 and 14).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync,
  statSync, symlinkSync, writeFileSync, appendFileSync, rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, BRIEFS, baseEnv, makeTree, runCli } from '../helpers/cli.js';

const seed = readFileSync(join(BRIEFS, 'istanbul-talks.md'), 'utf8');
const FOOTER = '\nLeave a Reply\n\nBack to top button\n';
const fixable = seed + FOOTER;
const isRoot = process.getuid?.() === 0;
const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const leftovers = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));

describe('export -o refuses what it would destroy (finding 4)', () => {
  it('a character device, even as root: /dev/null stays a device', async () => {
    const r = await runCli(['export', 'istanbul-talks', '--dir', BRIEFS, '-o', '/dev/null']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('brief: cannot write /dev/null: it is a character device, not a regular file\n');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a named pipe', async () => {
    const dir = makeTree({});
    expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    const r = await runCli(['export', 'istanbul-talks', '--dir', BRIEFS, '-o', join(dir, 'pipe')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/it is a named pipe, not a regular file/);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('writes through a symbolic link to its target and keeps the link', async () => {
    const dir = makeTree({ 'real.txt': 'old' });
    symlinkSync('real.txt', join(dir, 'link.txt'));
    const r = await runCli(['export', 'istanbul-talks', '--dir', BRIEFS, '-o', join(dir, 'link.txt')]);
    expect(r.code).toBe(0);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toMatch(/^Bilateral Ties Uncertain/);
  });

  it('refuses a link that points nowhere', async () => {
    const dir = makeTree({});
    symlinkSync('missing/target.txt', join(dir, 'dangling.txt'));
    const r = await runCli(['export', 'istanbul-talks', '--dir', BRIEFS, '-o', join(dir, 'dangling.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/symbolic link to nothing/);
  });
});

describe('lint --fix keeps what it does not own (finding 5)', () => {
  it('fixes a linked brief at its target, inside the briefs folder, and keeps the link', async () => {
    const dir = makeTree({ 'briefs/real/a.md': fixable });
    symlinkSync('real/a.md', join(dir, 'briefs/link.md'));
    const r = await runCli(['lint', '--fix', join(dir, 'briefs')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'briefs/link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'briefs/real/a.md'), 'utf8')).toBe(seed);
  });

  it('never writes through a link out of the briefs folder', async () => {
    const dir = makeTree({ 'outside.md': fixable, 'briefs/ok.md': seed });
    symlinkSync('../outside.md', join(dir, 'briefs/out.md'));
    const r = await runCli(['lint', '--fix', '--follow', join(dir, 'briefs')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/out\.md: it is a symbolic link out of .*; not followed/);
    expect(readFileSync(join(dir, 'outside.md'), 'utf8')).toBe(fixable);
  });

  it('refuses to split hard links; both names keep the same file', async () => {
    const dir = makeTree({ 'briefs/a.md': fixable });
    linkSync(join(dir, 'briefs/a.md'), join(dir, 'copy.md'));
    const r = await runCli(['lint', '--fix', join(dir, 'briefs')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.md has 2 hard links, which replacing it would split; not changed/);
    expect(statSync(join(dir, 'briefs/a.md')).ino).toBe(statSync(join(dir, 'copy.md')).ino);
  });

  it('keeps the mode exactly, whatever the umask (0664 stays 0664)', async () => {
    const dir = makeTree({ 'a.md': fixable });
    chmodSync(join(dir, 'a.md'), 0o664);
    const r = await runCli(['lint', '--fix', join(dir, 'a.md')]);
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'a.md')).mode & 0o777).toBe(0o664);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(seed);
  });

  it.skipIf(!isRoot)('keeps owner and group when root fixes another user\'s brief', async () => {
    const dir = makeTree({ 'a.md': fixable });
    chownSync(join(dir, 'a.md'), 65534, 65534);
    const r = await runCli(['lint', '--fix', join(dir, 'a.md')]);
    expect(r.code).toBe(0);
    const info = statSync(join(dir, 'a.md'));
    expect([info.uid, info.gid]).toEqual([65534, 65534]);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(seed);
  });

  it('leaves a read-only brief alone unless --force, which keeps it read-only', async () => {
    const dir = makeTree({ 'a.md': fixable });
    chmodSync(join(dir, 'a.md'), 0o444);
    const refused = await runCli(['lint', '--fix', join(dir, 'a.md')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/a\.md is read-only; not changed \(--force writes it anyway\)/);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(fixable);
    const forced = await runCli(['lint', '--fix', '--force', join(dir, 'a.md')]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(seed);
    expect(statSync(join(dir, 'a.md')).mode & 0o777).toBe(0o444);
  });
});

describe('lint --fix and edits made while it runs (finding 6)', () => {
  // A 3 MB brief takes long enough to lint that an edit lands between the read and the write.
  let body = '';
  while (body.length < 3_000_000) body += '\nThe analysts note that the border stayed closed for a further week while talks resumed.\n';
  const big = seed + body + FOOTER;

  async function fixWhileAppending(path: string, line: string): Promise<number> {
    const child = spawn(process.execPath, [BIN, 'lint', '--fix', path], { env: baseEnv(), stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
    appendFileSync(path, line);
    return new Promise((r) => child.on('close', (code) => r(code ?? -1)));
  }

  it('20 runs, an append 0.3 s in: no edit lost, and every file still fixed', async () => {
    const dir = makeTree({});
    let lost = 0;
    let unfixed = 0;
    for (let run = 1; run <= 20; run += 1) {
      const path = join(dir, `run-${run}.md`);
      writeFileSync(path, big);
      await fixWhileAppending(path, `\nEdit saved during run ${run}.\n`);
      const after = readFileSync(path, 'utf8');
      if (!after.includes(`Edit saved during run ${run}.`)) lost += 1;
      if (after.includes('Leave a Reply')) unfixed += 1;
    }
    expect({ lost, unfixed }).toEqual({ lost: 0, unfixed: 0 });
    expect(leftovers(dir)).toEqual([]);
  }, 120_000);

  it('a brief deleted during the run is not brought back', async () => {
    const dir = makeTree({ 'a.md': big });
    const path = join(dir, 'a.md');
    const child = spawn(process.execPath, [BIN, 'lint', '--fix', path], { env: baseEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    await new Promise((r) => setTimeout(r, 300));
    rmSync(path);
    const code = await new Promise((r) => child.on('close', r));
    expect(existsSync(path)).toBe(false);
    expect(code).toBe(1);
    expect(stderr).toMatch(/a\.md was deleted while brief was working on it; not written/);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('export never replaces what it should not (finding 7)', () => {
  it('a mistyped --dir leaves the archive whole and exits 2', async () => {
    const dir = makeTree({ 'archive.json': '[{"id":"kept"}]\n' });
    const r = await runCli(['export', '--all', '--json', '--dir', join(dir, 'typo'), '-o', join(dir, 'archive.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/briefs directory ".*typo" does not exist/);
    expect(readFileSync(join(dir, 'archive.json'), 'utf8')).toBe('[{"id":"kept"}]\n');
  });

  it.each([
    ['the brief being exported', ['export', 'a', '-o', 'briefs/a.md']],
    ['another brief', ['export', 'a', '-o', 'briefs/sub/b.md']],
    ['a new .md in the briefs folder', ['export', '--all', '-o', 'briefs/all.md']],
  ])('refuses %s as the output', async (_name, args) => {
    const dir = makeTree({ 'briefs/a.md': seed, 'briefs/sub/b.md': seed });
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/will not write to briefs\/.*: it is a brief in briefs; choose an output file outside the briefs folder/);
    expect(readFileSync(join(dir, 'briefs/a.md'), 'utf8')).toBe(seed);
    expect(readFileSync(join(dir, 'briefs/sub/b.md'), 'utf8')).toBe(seed);
    expect(existsSync(join(dir, 'briefs/all.md'))).toBe(false);
  });
});

const strace = has('strace') || process.env.CI === 'true';
describe.skipIf(!strace)('the data reaches the disk before the rename (finding 8)', () => {
  it('fsyncs the file, renames it, then fsyncs the folder', () => {
    const dir = makeTree({ 'a.md': fixable });
    const r = spawnSync('strace', ['-f', '-e', 'trace=fsync,rename,renameat,renameat2', process.execPath, BIN, 'lint', '--fix', join(dir, 'a.md')], { env: baseEnv(), encoding: 'utf8' });
    expect(r.status).toBe(0);
    const calls = r.stderr.split('\n').filter((l) => /\b(fsync|rename\w*)\(/.test(l)).map((l) => /\b(fsync|rename\w*)\(/.exec(l)![1]!.replace(/^rename\w*/, 'rename'));
    expect(calls).toEqual(['fsync', 'rename', 'fsync']);
  });
});

describe('one file that cannot be written does not stop the others (finding 14)', () => {
  const mounts: string[] = [];
  afterAll(() => { for (const m of mounts) spawnSync('umount', [m]); });

  it.skipIf(!isRoot)('a full disk: each file named, the report printed, exit 1, nothing half-written', async () => {
    const dir = makeTree({});
    const disk = join(dir, 'disk');
    mkdirSync(disk);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs', disk]).status).toBe(0);
    mounts.push(disk);
    for (const name of ['a', 'b', 'c']) writeFileSync(join(disk, `${name}.md`), fixable);
    spawnSync('sh', ['-c', `head -c 1048576 /dev/zero > ${JSON.stringify(join(disk, 'filler'))}`]);
    const r = await runCli(['lint', '--fix', disk]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*a\.md \(no space left on the device\); it was not changed/);
    expect(r.stderr).toMatch(/3 files could not be fixed \(named above\); 0 files fixed/);
    // The report is printed for every file: the problems are still there.
    expect(r.stdout.match(/web-boilerplate/g)?.length).toBe(3);
    for (const name of ['a', 'b', 'c']) expect(readFileSync(join(disk, `${name}.md`), 'utf8')).toBe(fixable);
    expect(leftovers(disk)).toEqual([]);

    // The same disk: an existing export is kept whole when the new one does not fit.
    rmSync(join(disk, 'filler'));
    writeFileSync(join(disk, 'archive.json'), '[1]\n');
    spawnSync('sh', ['-c', `head -c 1048576 /dev/zero > ${JSON.stringify(join(disk, 'filler'))}`]);
    const exported = await runCli(['export', '--all', '--json', '--dir', BRIEFS, '-o', join(disk, 'archive.json')]);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/no space left on the device/);
    expect(readFileSync(join(disk, 'archive.json'), 'utf8')).toBe('[1]\n');
    expect(leftovers(disk)).toEqual([]);
  });

  const nobody = isRoot && spawnSync('su', ['nobody', '-s', '/bin/sh', '-c', 'true']).status === 0;
  it.skipIf(!nobody)('a read-only folder (as a user without root): the other folder is still fixed', () => {
    const dir = makeTree({ 'briefs/locked/a.md': fixable, 'briefs/open/b.md': fixable });
    spawnSync('chown', ['-R', 'nobody:nogroup', dir]);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'briefs/locked'), 0o555);
    const r = spawnSync('su', ['nobody', '-s', '/bin/sh', '-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} lint --fix --format json ${JSON.stringify(join(dir, 'briefs'))}`], { env: baseEnv(), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*locked\/a\.md \(permission denied\); it was not changed/);
    expect(r.stderr).toMatch(/1 file could not be fixed \(named above\); 1 file fixed/);
    expect(JSON.parse(r.stdout).map((m: { file: string }) => m.file.replace(`${dir}/`, ''))).toEqual(['briefs/locked/a.md']);
    expect(readFileSync(join(dir, 'briefs/open/b.md'), 'utf8')).toBe(seed);
  });

  it('a name too long for the usual temporary name is still fixed', async () => {
    const long = `${'a'.repeat(240)}.md`;
    const dir = makeTree({ [long]: fixable, 'z.md': fixable });
    const r = await runCli(['lint', '--fix', dir]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, long), 'utf8')).toBe(seed);
    expect(readFileSync(join(dir, 'z.md'), 'utf8')).toBe(seed);
  });
});
