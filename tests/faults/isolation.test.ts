/**
 * One brief that breaks the reader or a renderer is that brief's problem: the commands that
 * read many briefs go on with the others, and export --all always writes valid JSON (issue 16,
 * finding 9 and "per-file isolation").
 */
import { readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEFS, makeTree, runCli } from '../helpers/cli.js';

const SHIPPED = ['baltic-cable-sabotage', 'istanbul-talks', 'sahel-grain-corridor'];
const seed = readFileSync(join(BRIEFS, 'istanbul-talks.md'), 'utf8');

/** Briefs whose inline text once overflowed marked's stack (4 KB each). */
const BOMBS: Record<string, string> = {
  emphasis: `${'*'.repeat(2100)}x${'*'.repeat(2100)}`,
  underscores: `${'_'.repeat(2100)}x${'_'.repeat(2100)}`,
  brackets: `${'['.repeat(2100)}x${']'.repeat(2100)}`,
};

function archiveWithBombs(): string {
  const dir = makeTree({});
  for (const id of SHIPPED) copyFileSync(join(BRIEFS, `${id}.md`), join(dir, `${id}.md`));
  for (const [name, paragraph] of Object.entries(BOMBS)) {
    writeFileSync(join(dir, `bomb-${name}.md`), seed.replace('## Background', `${paragraph}\n\n## Background`));
  }
  return dir;
}

const noStack = (stderr: string): void => {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/unexpected error/);
};

describe('a brief that breaks the reader never stops the others', () => {
  const dir = archiveWithBombs();

  it('export --all --json: a whole JSON array with every other brief', async () => {
    const r = await runCli(['export', '--all', '--json', '--dir', dir]);
    const ids = (JSON.parse(r.stdout) as Array<{ id: string }>).map((b) => b.id);
    for (const id of SHIPPED) expect(ids).toContain(id);
    noStack(r.stderr);
  });

  it('export --all as text and to a file: complete, with every other brief', async () => {
    const out = join(makeTree({}), 'all.json');
    const r = await runCli(['export', '--all', '--json', '--dir', dir, '-o', out]);
    const ids = (JSON.parse(readFileSync(out, 'utf8')) as Array<{ id: string }>).map((b) => b.id);
    for (const id of SHIPPED) expect(ids).toContain(id);
    noStack(r.stderr);
    const text = await runCli(['export', '--all', '--dir', dir]);
    for (const title of ['Undersea Cable Damage in the Baltic Sea', 'Sahel Grain Corridor']) expect(text.stdout).toContain(title);
    noStack(text.stderr);
  });

  it('list and lint report every brief', async () => {
    const list = await runCli(['list', '--json', '--dir', dir]);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as Array<{ id: string }>).map((b) => b.id).sort()).toEqual([...SHIPPED, ...Object.keys(BOMBS).map((n) => `bomb-${n}`)].sort());
    const lint = await runCli(['lint', '--format', 'json', dir]);
    expect(lint.code).not.toBe(2);
    noStack(lint.stderr);
  });

  it.each(Object.keys(BOMBS))('the reading commands give one line or the brief for %s, never a crash', async (name) => {
    for (const args of [['show'], ['show', '--format', 'terminal'], ['summary'], ['summary', '--json'], ['scenario'], ['recommendations'], ['export'], ['export', '--json']]) {
      // The path right after the command: `--json` takes an optional value.
      const r = await runCli([args[0]!, join(dir, `bomb-${name}.md`), ...args.slice(1)]);
      expect([0, 1]).toContain(r.code);
      noStack(r.stderr);
      if (r.code === 1) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
