/**
 * Finding 2: symbolic links must not carry files from outside the briefs folder into `list`,
 * `export --all`, `lint`, ids or completion, unless --follow says so (as ripgrep's -L).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

const SECRET = 'PRIVATE KEY 7f3a';
const trees: string[] = [];
afterAll(() => { for (const dir of trees) rmSync(dir, { recursive: true, force: true }); });

/**
 * A repository with one real brief, and outside it a private file and a folder, both linked
 * from inside: briefs/notes.md -> <outside>/secret, briefs/ext -> <outside>/folder.
 */
function leakyTree(): { repo: string; outside: string } {
  const outside = mkdtempSync(join(tmpdir(), 'brief-outside-'));
  writeFileSync(join(outside, 'secret'), `${SECRET}\n`);
  mkdirSync(join(outside, 'folder'));
  writeFileSync(join(outside, 'folder', 'leak.md'), briefText({ body: `## Summary\n\n${SECRET} in a folder.\n` }));
  const repo = makeTree({ 'briefs/real.md': briefText() });
  symlinkSync(join(outside, 'secret'), join(repo, 'briefs', 'notes.md'));
  symlinkSync(join(outside, 'folder'), join(repo, 'briefs', 'ext'));
  trees.push(outside, repo);
  return { repo, outside };
}

const ids = (stdout: string): string[] => JSON.parse(stdout).map((b: { id: string }) => b.id);

describe('links out of the briefs folder', () => {
  it('never reach export --all --json without --follow, and do with it', async () => {
    const { repo } = leakyTree();
    const r = await runCli(['export', '--all', '--json'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(SECRET);
    expect(ids(r.stdout)).toEqual(['real']);
    expect(r.stderr).toContain('brief: briefs/notes.md: symbolic link out of briefs; skipped (--follow reads it)');
    expect(r.stderr).toContain('brief: briefs/ext: symbolic link out of briefs; skipped (--follow reads it)');

    const followed = await runCli(['--follow', 'export', '--all', '--json'], { cwd: repo });
    expect(followed.code).toBe(0);
    expect(ids(followed.stdout)).toEqual(['leak', 'notes', 'real']);
    expect(followed.stdout).toContain(SECRET);
  });

  it('are not listed, linted or offered to completion without --follow', async () => {
    const { repo } = leakyTree();
    const list = await runCli(['list'], { cwd: repo });
    expect(list.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['real']);
    expect((await runCli(['--follow', 'list'], { cwd: repo })).stdout).toContain('notes\t');

    const lint = await runCli(['lint', '--format', 'json'], { cwd: repo });
    expect(lint.code).toBe(0);
    expect(lint.stdout).toBe('[]\n');
    const lintFollowed = await runCli(['--follow', 'lint', '--format', 'json'], { cwd: repo });
    expect(JSON.parse(lintFollowed.stdout).map((m: { file: string }) => m.file)).toContain('briefs/notes.md');

    const complete = await runCli(['__complete', 'show', ''], { cwd: repo });
    expect(complete.stdout).toBe('real\n');
    expect((await runCli(['__complete', '--follow', 'show', ''], { cwd: repo })).stdout).toBe('leak\nnotes\nreal\n');
  });

  it('are not read for an id without --follow; a path given by the user is read', async () => {
    const { repo } = leakyTree();
    for (const command of ['show', 'summary', 'export', 'recommendations', 'scenario']) {
      const r = await runCli([command, 'notes'], { cwd: repo });
      expect(r.code, command).toBe(2);
      expect(r.stdout, command).toBe('');
      expect(r.stderr, command).toBe('brief: briefs/notes.md is a symbolic link out of briefs; use --follow to read it, or give its path\n');
    }
    const leak = await runCli(['show', 'leak'], { cwd: repo });
    expect(leak.code).toBe(2);
    expect(leak.stdout).toBe('');

    expect((await runCli(['--follow', 'show', 'notes'], { cwd: repo })).stdout).toContain(SECRET);
    expect((await runCli(['show', 'briefs/notes.md'], { cwd: repo })).stdout).toContain(SECRET);
  });
});

describe('links that stay inside the briefs folder', () => {
  it('are followed, each real file read once, and a link to a folder inside is not a loop', async () => {
    const repo = makeTree({
      'briefs/archive/2025/q1.md': briefText(),
      'briefs/.drafts/wip.md': briefText(),
    });
    trees.push(repo);
    const briefs = join(repo, 'briefs');
    symlinkSync('archive/2025', join(briefs, 'current')); // an alias of a folder walked anyway
    symlinkSync('archive/2025/q1.md', join(briefs, 'latest.md')); // an alias of a brief
    symlinkSync('.drafts', join(briefs, 'drafts')); // the only way into a hidden folder
    symlinkSync('..', join(briefs, 'archive', 'up')); // a real cycle
    const r = await runCli(['export', '--all', '--json'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((b: { path: string }) => b.path)).toEqual(['briefs/archive/2025/q1.md', 'briefs/drafts/wip.md']);
    expect(r.stderr).toBe('brief: briefs/archive/up: symbolic link loop; skipped\n');
    expect((await runCli(['show', 'wip'], { cwd: repo })).code).toBe(0);
    // The link to a brief is not listed, but its name still opens it.
    const latest = await runCli(['show', 'latest', '--json', 'path'], { cwd: repo });
    expect(latest).toMatchObject({ code: 0, stdout: '{\n  "path": "briefs/latest.md"\n}\n' });
  });
});

describe('--follow', () => {
  it('reads each file once through a link to a folder that holds the briefs folder', async () => {
    const repo = makeTree({ 'briefs/real.md': briefText() });
    trees.push(repo);
    symlinkSync('..', join(repo, 'briefs', 'repo'));
    const r = await runCli(['--follow', 'export', '--all', '--json'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((b: { path: string }) => b.path)).toEqual(['briefs/real.md']);
  });
});
