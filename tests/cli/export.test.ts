import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

describe('export -o', () => {
  it('writes the file atomically, replacing an existing one, leaving no temporary file', async () => {
    const dir = makeTree({ 'out.json': 'old' });
    const target = join(dir, 'out.json');
    const r = await runCli(['export', 'istanbul-talks', '--format', 'json', '-o', target]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(target, 'utf8')).id).toBe('istanbul-talks');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('writes plain text by default', async () => {
    const dir = makeTree({});
    await runCli(['export', 'istanbul-talks', '-o', join(dir, 'brief.txt')]);
    expect(readFileSync(join(dir, 'brief.txt'), 'utf8')).toMatch(/^Bilateral Ties Uncertain/);
  });

  it('refuses a target in a missing folder, creating nothing (exit 2)', async () => {
    const dir = makeTree({});
    const r = await runCli(['export', 'istanbul-talks', '-o', join(dir, 'missing', 'out.json')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/folder ".*missing" does not exist/);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('leaves an existing file untouched when the brief cannot be read', async () => {
    const dir = makeTree({ 'bad.md': '---\ntitle: [\n---\n', 'out.txt': 'keep me' });
    const r = await runCli(['export', join(dir, 'bad.md'), '-o', join(dir, 'out.txt')]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('keep me');
    expect(readdirSync(dir).sort()).toEqual(['bad.md', 'out.txt']);
  });

  it('leaves the original untouched and no temporary file when the write fails', async () => {
    const dir = makeTree({});
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'keep me');
    // A read-only folder: the temporary file cannot be created (skipped as root, who may write anyway).
    const { chmodSync } = await import('node:fs');
    chmodSync(dir, 0o555);
    try {
      const r = await runCli(['export', 'istanbul-talks', '-o', target]);
      if (process.getuid?.() !== 0) {
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/cannot write .*out\.txt \(EACCES\); nothing was changed/);
      }
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

describe('export --all --json <fields>', () => {
  it('writes the fields asked for of every brief', async () => {
    const r = await runCli(['export', '--all', '--json', 'id,key_question']);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(entries.length).toBeGreaterThan(1);
    for (const e of entries) expect(Object.keys(e)).toEqual(['id', 'keyQuestion']);
  });

  it('refuses an unknown field once, as a usage error, before reading any brief (exit 2)', async () => {
    const r = await runCli(['export', '--all', '--json', 'id,titel']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown JSON field "titel"; did you mean title\?/);
  });

  it('says so when --json took the brief as its fields (exit 2)', async () => {
    const r = await runCli(['export', '--json', 'istanbul-talks']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('brief: --json took "istanbul-talks" as its fields, not as <brief>; put --json after the arguments: brief export [options] [brief]\n');
    // A word that is one of the fields leaves export without its brief, which it says.
    expect((await runCli(['export', '--json', 'title'])).stderr).toBe('brief: missing brief: give an id or a path, or --all; --json took "title" as its fields: put --json after the brief\n');
    expect((await runCli(['export', 'istanbul-talks', '--json', 'id'])).stdout).toContain('"id": "istanbul-talks"');
  });
});
