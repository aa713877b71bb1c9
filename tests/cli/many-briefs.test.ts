/**
 * A folder of more briefs than a call takes arguments (about 120,000 here): `judgments <folder>`
 * must not spread the list into a call. discoverBriefs is made to list one brief 200,000 times
 * (files would take minutes to make); the command reads it once.
 */
import { describe, expect, it, vi } from 'vitest';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

vi.mock('../../src/brief/discover.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/brief/discover.js')>();
  return {
    ...real,
    discoverBriefs: async (...args: Parameters<typeof real.discoverBriefs>) => {
      const found = await real.discoverBriefs(...args);
      return { ...found, files: found.files.flatMap((f) => Array.from({ length: 200_000 }, () => f)) };
    },
  };
});

describe('a command given a folder of 200,000 briefs', () => {
  it('judgments lists each of them once, without overflowing the stack', async () => {
    const dir = makeTree({ 'folder/one.md': briefText({ body: '## Analysis\n\nA deal is likely.\n' }) });
    const r = await runCli(['judgments', 'folder'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('one\t9\t5\tlikely\tAnalysis\tA deal is likely.\tfalse\n');
  });
});
