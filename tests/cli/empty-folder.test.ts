/**
 * A briefs folder without briefs (empty, or holding only other files): every command says so in
 * the same one line on stderr, naming the folder and what to do, and prints on stdout what it
 * prints for nothing found, with its usual exit status.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

// Not briefs: another kind of file, a folder's README, a hidden file, an empty subfolder.
const dir = makeTree({ 'notes.txt': 'not a brief', 'README.md': '# What this folder holds\n', '.draft.md': '---\ntitle: x\n---\n' });
mkdirSync(join(dir, 'sub'));
const NONE = `brief: no briefs in ${dir} or its subfolders (.md files other than README.md); use --dir <path> or set BRIEF_DIR\n`;

const isJSON = (text: string): boolean => { try { JSON.parse(text); return true; } catch { return false; } };

describe('a briefs folder without briefs', () => {
  // [args, exit status, stdout]: what each command prints for nothing found.
  const cases: Array<[string[], number, string | ((out: string) => boolean)]> = [
    [['list'], 0, ''],
    [['list', '--json'], 0, '[]\n'],
    [['list', '--tag', 'security', '--since', '2025'], 0, ''],
    [['export', '--all'], 0, ''],
    [['export', '--all', '--json'], 0, (out) => JSON.stringify(JSON.parse(out)) === '[]'],
    [['indicators'], 0, ''],
    [['indicators', '--json'], 0, '[]\n'],
    [['indicators', '--state', 'observed', '--tag', 'x'], 0, ''],
    [['judgments'], 0, ''],
    [['judgments', '--json'], 0, '[]\n'],
    [['judgments', '--band', 'likely'], 0, ''],
    [['search', 'ceasefire'], 1, ''],
    [['search', 'ceasefire', '--json'], 1, '[]\n'],
    [['lint'], 0, ''],
    [['lint', '--format', 'json'], 0, '[]\n'],
    [['lint', '--format', 'github'], 0, ''],
    [['lint', '--format', 'sarif'], 0, (out) => isJSON(out) && (JSON.parse(out) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results.length === 0],
  ];

  it.each(cases)('%j: one line on stderr naming the folder, stdout as for nothing found', async (args, code, stdout) => {
    for (const tty of [undefined, { columns: 100 }]) {
      // Piped and on a terminal alike (JSON is JSON either way).
      const r = await runCli(['--dir', dir, ...args], { tty });
      expect(r.stderr, `${args.join(' ')} ${tty ? 'tty' : 'piped'}`).toBe(NONE);
      expect(r.code).toBe(code);
      if (typeof stdout === 'string') expect(r.stdout).toBe(stdout);
      else expect(stdout(r.stdout), r.stdout).toBe(true);
    }
  });

  it('export --all -o: an archive or a site is not replaced with nothing (exit 1, the file as it was)', async () => {
    const out = makeTree({ 'archive.json': '[{"id": "kept"}]\n', 'site/index.html': '<p>kept</p>\n' });
    for (const format of [['--json'], []]) {
      const r = await runCli(['--dir', dir, 'export', '--all', ...format, '-o', join(out, 'archive.json')]);
      expect(r).toEqual({ code: 1, stdout: '', stderr: `${NONE}brief: no brief exported; ${join(out, 'archive.json')} was not written\n` });
      expect(readFileSync(join(out, 'archive.json'), 'utf8')).toBe('[{"id": "kept"}]\n');
    }
    const site = await runCli(['--dir', dir, 'export', '--all', '--format', 'html', '-o', join(out, 'site')]);
    expect(site).toEqual({ code: 1, stdout: '', stderr: `${NONE}brief: no brief exported; ${join(out, 'site', 'index.html')} was not written\n` });
    expect(readFileSync(join(out, 'site', 'index.html'), 'utf8')).toBe('<p>kept</p>\n');
    // Nor is a new file made, nor a temporary one left.
    const fresh = await runCli(['--dir', dir, 'export', '--all', '--json', '-o', join(out, 'new.json')]);
    expect(fresh.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['archive.json', 'site']);
  });

  it('export --all -o: briefs that are all unreadable do not replace the archive either', async () => {
    const broken = makeTree({ 'a.md': '---\ntitle: [unclosed\n---\n', 'b.md': '---\ntitle: x\n  bad: indent\n---\n' });
    const out = makeTree({ 'archive.json': '[{"id": "kept"}]\n' });
    const r = await runCli(['--dir', broken, 'export', '--all', '--json', '-o', join(out, 'archive.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`brief: no brief exported; ${join(out, 'archive.json')} was not written\n`);
    expect(r.stderr).toMatch(/a\.md:\d+/);
    expect(readFileSync(join(out, 'archive.json'), 'utf8')).toBe('[{"id": "kept"}]\n');
    expect(readdirSync(out)).toEqual(['archive.json']);
  });

  it('a command given a brief says that the folder has none, not only that this one is unknown (exit 2)', async () => {
    for (const args of [['show', 'x'], ['summary', 'x'], ['scenario', 'x'], ['recommendations', 'x'], ['export', 'x'], ['diff', 'x', 'y']]) {
      const r = await runCli(['--dir', dir, ...args]);
      expect(r, args.join(' ')).toEqual({ code: 2, stdout: '', stderr: `brief: no brief "x": ${NONE.slice('brief: '.length)}` });
    }
  });

  it('folders given as arguments are named, with what to give instead', async () => {
    const other = makeTree({ 'a.txt': 'x' });
    const given = `${dir}, ${other}`;
    expect(await runCli(['indicators', dir, other])).toEqual({ code: 0, stdout: '',
      stderr: `brief: no briefs in ${given} or their subfolders (.md files other than README.md); give a folder of briefs, a brief's id or the path of its .md file\n` });
    expect(await runCli(['judgments', dir, '--json'])).toEqual({ code: 0, stdout: '[]\n',
      stderr: `brief: no briefs in ${dir} or its subfolders (.md files other than README.md); give a folder of briefs, a brief's id or the path of its .md file\n` });
    expect(await runCli(['lint', dir, other])).toEqual({ code: 0, stdout: '',
      stderr: `brief: no briefs in ${given} or their subfolders (.md files other than README.md); give the path of a brief's .md file or of a folder of briefs\n` });
  });

  it('is not said where a brief was left out: the line naming it is the reason', async () => {
    const unreadable = makeTree({ 'bad.md': Buffer.from([0xff, 0xfe, 0x00, 0x41]) });
    for (const args of [['list'], ['judgments'], ['indicators'], ['search', 'x']]) {
      const r = await runCli(['--dir', unreadable, ...args]);
      expect(r.stderr, args.join(' ')).toMatch(/bad\.md:1: .*\(skipped\)\n/);
      expect(r.stderr).not.toContain('no briefs in');
    }
    // A link out of the folder, not followed without --follow.
    const linked = makeTree({});
    symlinkSync(join(makeTree({ 'x.md': briefText() }), 'x.md'), join(linked, 'x.md'));
    for (const args of [['list'], ['export', '--all', '--json'], ['judgments'], ['indicators'], ['lint'], ['lint', linked]]) {
      const r = await runCli(['--dir', linked, ...args]);
      expect(r.stderr.split('\n')[0], args.join(' ')).toBe(`brief: ${join(linked, 'x.md')}: symbolic link out of ${linked}; skipped (--follow reads it)`);
      expect(r.stderr).not.toContain('no briefs in');
    }
  });
});
