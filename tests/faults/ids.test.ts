/**
 * Finding 18: an id must name one brief. `show x` with briefs/x.md beside briefs/sub/x.md asks
 * for the path; `new` refuses an id taken anywhere, or one that differs only by letter case;
 * lint reports names in one folder that collide by case or by Unicode normalisation (NFC/NFD),
 * and, with `acrossFolders`, ids used in several folders (issue 11: one brief per language
 * folder is named by its path, not an error).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

const trees: string[] = [];
afterAll(() => { for (const dir of trees) rmSync(dir, { recursive: true, force: true }); });

function tree(files: Record<string, string>): string {
  const dir = makeTree(files);
  trees.push(dir);
  return dir;
}

const titled = (title: string): string => briefText().replace('title: A test brief', `title: ${title}`);

describe('an id that names two briefs', () => {
  it('is a usage error listing what names each, even when <dir>/<id>.md exists', async () => {
    const dir = tree({ 'briefs/x.md': titled('Top'), 'briefs/sub/x.md': titled('Nested'), 'briefs/sub/y.md': titled('Only') });
    for (const command of ['show', 'summary', 'scenario', 'recommendations', 'export']) {
      const r = await runCli([command, 'x'], { cwd: dir });
      expect(r.code, command).toBe(2);
      expect(r.stdout, command).toBe('');
      expect(r.stderr, command).toBe('brief: "x" names 2 briefs in briefs: sub/x, x.md; give one of these instead\n');
    }
    // The path settles it: from here, or inside the briefs directory, as the message says.
    expect((await runCli(['show', 'briefs/x.md'], { cwd: dir })).stdout).toContain('Top');
    expect((await runCli(['show', 'briefs/sub/x.md'], { cwd: dir })).stdout).toContain('Nested');
    expect((await runCli(['show', 'x.md'], { cwd: dir })).stdout).toContain('Top');
    expect((await runCli(['show', 'sub/x'], { cwd: dir })).stdout).toContain('Nested');
    // An id that names one brief, in a subfolder, still works.
    expect((await runCli(['show', 'y'], { cwd: dir })).stdout).toContain('Only');
  });
});

describe('brief new', () => {
  it('refuses an id already used in a subfolder, and writes nothing', async () => {
    const dir = tree({ 'briefs/sub/x.md': briefText() });
    const r = await runCli(['new', 'x'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('brief: briefs/sub/x.md already exists; choose another id\n');
    expect(existsSync(join(dir, 'briefs/x.md'))).toBe(false);
  });

  it('refuses an id that differs from an existing name only by letter case', async () => {
    const dir = tree({ 'briefs/archive/Gulf-Shipping.md': briefText() });
    const r = await runCli(['new', 'gulf-shipping'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('brief: briefs/archive/Gulf-Shipping.md already exists, and "gulf-shipping" differs from its name only by letter case; choose another id\n');
    expect(existsSync(join(dir, 'briefs/gulf-shipping.md'))).toBe(false);
  });
});

describe('lint duplicate-id', () => {
  const NFC = 'caf\u00e9';
  const NFD = 'cafe\u0301';

  const files = {
    'briefs/x.md': briefText(),
    'briefs/sub/x.md': briefText(),
    'briefs/a.md': briefText(),
    'briefs/A.md': briefText(),
    [`briefs/${NFC}.md`]: briefText(),
    [`briefs/${NFD}.md`]: briefText(),
    'briefs/old/A.md': briefText(),
    'briefs/other.md': briefText(),
  };
  const duplicates = async (dir: string): Promise<string[]> => {
    const r = await runCli(['lint', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    return JSON.parse(r.stdout)
      .filter((m: { rule: string }) => m.rule === 'duplicate-id')
      .map((m: { file: string; message: string }) => `${m.file}: ${m.message}`)
      .sort();
  };

  it('reports names in one folder that differ only by letter case or Unicode normalisation, on each file', async () => {
    expect(await duplicates(tree(files))).toEqual([
      'briefs/a.md: id "a" differs only by letter case from A.md; rename one of them',
      'briefs/A.md: id "A" differs only by letter case from a.md; rename one of them',
      `briefs/${NFC}.md: id "${NFC}" is spelled in NFC, and in NFD by ${NFD}.md; rename one of them`,
      `briefs/${NFD}.md: id "${NFD}" is spelled in NFD, and in NFC by ${NFC}.md; rename one of them`,
    ].sort());
  });

  it('with acrossFolders, also reports one id in several folders', async () => {
    const dir = tree({ ...files, '.briefrc.json': JSON.stringify({ rules: { 'duplicate-id': ['error', { acrossFolders: true }] } }) });
    expect(await duplicates(dir)).toEqual([
      'briefs/a.md: id "a" differs only by letter case from A.md, old/A.md; rename one of them',
      'briefs/A.md: id "A" differs only by letter case from a.md; rename one of them',
      'briefs/A.md: id "A" is also used by old/A.md; rename one of them',
      'briefs/old/A.md: id "A" is also used by A.md; rename one of them',
      'briefs/old/A.md: id "A" differs only by letter case from a.md; rename one of them',
      `briefs/${NFC}.md: id "${NFC}" is spelled in NFC, and in NFD by ${NFD}.md; rename one of them`,
      `briefs/${NFD}.md: id "${NFD}" is spelled in NFD, and in NFC by ${NFC}.md; rename one of them`,
      'briefs/sub/x.md: id "x" is also used by x.md; rename one of them',
      'briefs/x.md: id "x" is also used by sub/x.md; rename one of them',
    ].sort());
  });
});
