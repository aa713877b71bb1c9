import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

describe('brief list', () => {
  it('prints one tab-separated line per brief when piped: id, date, status, title, tags; newest first', async () => {
    const r = await runCli(['list']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows.map((row) => row[0])).toEqual(['sahel-grain-corridor', 'baltic-cable-sabotage', 'istanbul-talks']);
    expect(rows[2]).toEqual(['istanbul-talks', '2025-11-08', 'published',
      'Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul', 'analysis,government,military,politics,security,society,threats']);
  });

  it('--json prints an array with the fixed keys', async () => {
    const list = JSON.parse((await runCli(['list', '--json'])).stdout);
    expect(list).toHaveLength(3);
    for (const b of list) for (const key of ['id', 'path', 'title', 'date', 'author', 'tags', 'status']) expect(b).toHaveProperty(key);
  });

  it.each([
    [['--tag', 'SECURITY'], ['istanbul-talks']],
    [['--tag', 'maritime', '--tag', 'deterrence'], ['baltic-cable-sabotage']],
    [['--region', 'sahel'], ['sahel-grain-corridor']],
    [['--author', 'mowahed'], ['istanbul-talks']],
    [['--status', 'review'], ['baltic-cable-sabotage']],
    [['--since', '2026-01-01', '--until', '2026-03-01'], ['baltic-cable-sabotage']],
    [['--sort', 'title'], ['istanbul-talks', 'sahel-grain-corridor', 'baltic-cable-sabotage']],
    [['--reverse'], ['istanbul-talks', 'baltic-cable-sabotage', 'sahel-grain-corridor']],
  ])('filters and sorts: %j', async (args, ids) => {
    const list = JSON.parse((await runCli(['list', ...args, '--json'])).stdout);
    expect(list.map((b: { id: string }) => b.id)).toEqual(ids);
  });

  it('rejects a bad date filter with exit 2', async () => {
    const r = await runCli(['list', '--since', '2025-13-01']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^brief: --since "2025-13-01" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY\n$/);
  });

  it('leaves a folder\'s README and other folder documents out of a folder search, and reads one given by path', async () => {
    const dir = makeTree({
      'briefs/good.md': briefText(),
      'briefs/README.md': '# Our briefs\n\nThis folder holds the desk\'s briefs.\n',
      'briefs/en/CHANGELOG.md': '# Changes\n',
    });
    const list = await runCli(['list', '--json'], { cwd: dir });
    expect([list.code, list.stderr, JSON.parse(list.stdout).map((b: { id: string }) => b.id)]).toEqual([0, '', ['good']]);
    const lint = await runCli(['lint', 'briefs'], { cwd: dir });
    expect([lint.code, lint.stdout]).toEqual([0, '']);
    // Named on the command line, it is read (and lint says what it lacks).
    const named = await runCli(['lint', 'briefs/README.md'], { cwd: dir });
    expect(named.stdout).toContain('frontmatter-required');
  });

  it('skips broken files, naming each on stderr, and still lists the others (exit 0)', async () => {
    const dir = makeTree({
      'good.md': briefText(),
      'nested/deeper/also-good.md': briefText({ front: 'tags: [x]\n' }),
      'broken-yaml.md': '---\ntitle: [oops\n---\n',
      'evil.md': '---js\n{ title: process.exit(7) }\n---\n',
      'empty.md': '',
      'binary.md': Buffer.from([0x00, 0x01, 0x02]),
      'folder.md/inside.md': briefText(),
      'notes.txt': 'not a brief',
    });
    const r = await runCli(['list', '--dir', dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((b: { id: string }) => b.id).sort()).toEqual(['also-good', 'good', 'inside']);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors.every((e) => /^brief: .+\.md:\d+: .+ \(skipped\)$/.test(e))).toBe(true);
    expect(r.stderr).toContain('broken-yaml.md:2: YAML');
    expect(r.stderr).toContain('evil.md:1: frontmatter fence names "js"');
  });

  it('--dir wins over BRIEF_DIR, which wins over ./briefs', async () => {
    const a = makeTree({ 'from-env.md': briefText() });
    const b = makeTree({ 'from-flag.md': briefText() });
    const ids = async (args: string[], env: Record<string, string>) =>
      JSON.parse((await runCli(['list', '--json', ...args], { env })).stdout).map((x: { id: string }) => x.id);
    expect(await ids([], { BRIEF_DIR: a })).toEqual(['from-env']);
    expect(await ids(['--dir', b], { BRIEF_DIR: a })).toEqual(['from-flag']);
    expect(await ids([], {})).toHaveLength(3);
  });

  it('--since later than --until is a usage error naming both, for every command with the filters', async () => {
    for (const command of [['list'], ['search', 'x'], ['judgments'], ['indicators']]) {
      const r = await runCli([...command, '--since', '2026', '--until', '2025-06']);
      expect(r, command[0]).toMatchObject({ code: 2, stdout: '', stderr: 'brief: --since 2026 is later than --until 2025-06, so no date is in both; give the earlier date to --since\n' });
    }
    // The same period at both ends is a range of its own.
    expect((await runCli(['list', '--since', '2025-11', '--until', '2025-11'])).stdout).toContain('istanbul-talks');
  });

  it('--status is read in any letter case, as frontmatter status is', async () => {
    const upper = await runCli(['list', '--status', 'Published', '--json']);
    expect(upper.code, upper.stderr).toBe(0);
    expect(upper.stdout).toBe((await runCli(['list', '--status', 'published', '--json'])).stdout);
    expect(JSON.parse(upper.stdout).length).toBeGreaterThan(0);
    expect((await runCli(['list', '--status', 'publised'])).stderr).toBe('brief: --status takes draft, review or published, not "publised"; did you mean published?\n');
  });

  it('a missing briefs directory is a usage error', async () => {
    const r = await runCli(['list', '--dir', '/nonexistent/briefs']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('briefs directory "/nonexistent/briefs" does not exist');
  });

  it('a brief\'s file given as the briefs directory says it is a file, for the commands that list and the ones that look an id up', async () => {
    const dir = makeTree({ 'x.md': '---\ntitle: X\ndate: 2026-01-01\n---\nText.\n' });
    try {
      for (const args of [['list'], ['show', 'x'], ['judgments']]) {
        const r = await runCli([...args, '--dir', join(dir, 'x.md')]);
        expect(r, args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: `brief: briefs directory "${join(dir, 'x.md')}" is a file, not a folder; give --dir the folder that holds it\n` });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
