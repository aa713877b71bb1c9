/**
 * `export --all`, `judgments`, `indicators` and `search` on worker threads (past
 * BRIEF_PARALLEL_THRESHOLD files, BRIEF_WORKERS of them) write what one thread writes: the
 * same bytes in file order, the same briefs named on stderr, the same exit code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText, makeTree, runBin, runCli } from '../helpers/cli.js';

/** 600 briefs (two workers, several batches each), with unreadable ones among them. */
function archive(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 600; i += 1) {
    const name = `desk-${Math.floor(i / 100)}/brief-${String(i).padStart(3, '0')}.md`;
    files[name] = i % 97 === 13 ? '---\ntitle: [\n---\n' : briefText({
      front: `region: [Region ${i % 7}]\n${i % 4 === 0 ? `scenarios:\n  A:\n    indicators:\n      - Ships turn back ${i}\n      - {text: Talks resume ${i}, status: ${i % 8 === 0 ? 'observed' : 'unclear'}, as_of: 2026-0${1 + (i % 9)}-15}\n` : ''}`,
      body: `## Summary\n\nBottom line ${i}: talks are *likely* to resume.\n\n## Scenarios\n\n### A. Talks ${i}\n\nText ${i}${i % 3 === 0 ? ' may well be remote' : ''}.\n\n## Recommendations\n\n- Act on ${i}.\n`,
    });
  }
  return makeTree(files);
}

describe('export --all on worker threads', () => {
  const dir = archive();
  const parallel = { env: { BRIEF_PARALLEL_THRESHOLD: '1', BRIEF_WORKERS: '2' } };

  it.each([
    [['--json']],
    [['--json', 'id,summary']],
    [['--format', 'text']],
  ])('writes what one thread writes, in file order: export --all %j', async (format) => {
    const args = ['export', '--all', ...format, '--dir', dir];
    const [one, many] = await Promise.all([runCli(args), runBin(args, parallel)]);
    expect(one.code).toBe(1);
    expect(one.stderr.match(/\(skipped\)/g)).toHaveLength(7);
    expect(many).toEqual(one);
  });

  it('writes the same file with -o', async () => {
    const out = join(makeTree({}), 'all.json');
    const one = await runCli(['export', '--all', '--json', '--dir', dir]);
    const many = await runBin(['export', '--all', '--json', '--dir', dir, '-o', out], parallel);
    expect(many.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(one.stdout);
    expect(JSON.parse(one.stdout).map((b: { id: string }) => b.id)).toEqual(
      Array.from({ length: 600 }, (_, i) => i).filter((i) => i % 97 !== 13).map((i) => `brief-${String(i).padStart(3, '0')}`));
  });
});

describe('judgments on worker threads', () => {
  const dir = archive();
  const parallel = { env: { BRIEF_PARALLEL_THRESHOLD: '1', BRIEF_WORKERS: '2' } };

  it.each([
    [['--json']],
    [['--json', 'id,line,term', '--sort', 'band']],
    [['--hedges']],
    [['--band', '5', '--region', 'Region 3']],
    [['--term', 'likely', '--json']],
  ])('writes what one thread writes, in file order: judgments %j', async (options) => {
    const args = ['judgments', ...options, '--dir', dir];
    const [one, many] = await Promise.all([runCli(args), runBin(args, parallel)]);
    expect(one.stderr.match(/\(skipped\)/g)).toHaveLength(7);
    expect(one.stdout).not.toBe('');
    expect(many).toEqual(one);
  });
});

describe('indicators on worker threads', () => {
  const dir = archive();
  const env = { BRIEF_TODAY: '2026-11-30' };

  it.each([
    [[]],
    [['--json']],
    [['--state', 'observed', '--json', 'id,scenarios']],
    [['--stale', '180d', '--region', 'Region 2']],
  ])('writes what one thread writes: indicators %j', async (options) => {
    const args = ['indicators', ...options, '--dir', dir];
    const [one, many] = await Promise.all([runCli(args, { env }), runBin(args, { env: { ...env, BRIEF_PARALLEL_THRESHOLD: '1', BRIEF_WORKERS: '2' } })]);
    expect(one.stderr.match(/\(skipped\)/g)).toHaveLength(7);
    expect(one.stdout).not.toBe('');
    expect(many).toEqual(one);
  });
});

describe('search on worker threads', () => {
  const dir = archive();

  it.each([
    [['talks', '--limit', '0']],
    [['talks', 'remote', '--json']],
    [['"talks are likely"', '--json', 'id,score', '--limit', '0']],
    [['scenario:talks', 'resume', '--region', 'Region 4', '--limit', '0']],
  ])('ranks what one thread ranks: search %j', async (query) => {
    const args = ['search', ...query, '--dir', dir];
    const [one, many] = await Promise.all([runCli(args), runBin(args, { env: { BRIEF_PARALLEL_THRESHOLD: '1', BRIEF_WORKERS: '2' } })]);
    expect(one.stderr.match(/\(skipped\)/g)).toHaveLength(7);
    expect(one.stdout).not.toBe('');
    expect(many).toEqual(one);
  });
});
