/**
 * A word wider than the room left on a line is split across lines. In coloured output the word
 * may hold colour codes (a highlighted match, a styled label): they are split around, never
 * through, or the terminal would get the broken half of an escape sequence.
 */
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, visible } from '../helpers/cli.js';

/** An escape that does not start a whole colour code. */
const BROKEN = /\u001b(?!\[[0-9;]*m)/;

describe('a styled word split across lines', () => {
  it('indicators: a note styled "note:" in a window too narrow for its hang', async () => {
    for (let columns = 20; columns <= 44; columns += 1) {
      const r = await runCli(['--color', 'always', 'indicators', '--dir', `${ROOT}/tests/fixtures/indicators`], { tty: { columns }, env: { BRIEF_TODAY: '2026-03-10' } });
      expect(r.code).toBe(0);
      expect(r.stdout, `${columns}`).not.toMatch(BROKEN);
      expect(visible(r.stdout).replace(/\s+/g, '')).toContain('note:AnnouncedintheFebruaryjointstatement');
    }
  });
});
