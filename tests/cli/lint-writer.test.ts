/** What `brief lint` tells a writer about fixes, hidden warnings and counts (issue 15). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText, makeTree, runCli, runInTerminal, visible } from '../helpers/cli.js';

const dated = (date: string, front = ''): string => briefText({ front: `${front}` }).replace('date: 2025-03-01', `date: ${date}`);

describe('brief lint --fix', () => {
  it('says how many problems it fixed in how many files, on stderr', async () => {
    const dir = makeTree({ 'a.md': dated('30/11/2026', 'tags: a, b\n'), 'b.md': dated('1 March 2026'), 'c.md': briefText() });
    const r = await runCli(['lint', '--fix', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('brief: fixed 3 problems in 2 files\n✔ 3 briefs checked, no problems\n');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(dated('2026-11-30', 'tags: [a, b]\n'));
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(dated('2026-03-01'));
  });

  it('in the singular for one, and says nothing when there was nothing to fix', async () => {
    const one = await runCli(['lint', '--fix', makeTree({ 'a.md': dated('30/11/2026') })]);
    expect(one.stderr).toContain('brief: fixed 1 problem in 1 file\n');
    const none = await runCli(['lint', '--fix', makeTree({ 'a.md': briefText() })]);
    expect(none.stderr).toBe('✔ 1 brief checked, no problems\n');
  });

  it('leaves an ambiguous date to the writer, naming both readings', async () => {
    const dir = makeTree({ 'a.md': dated('03/04/2026') });
    const r = await runCli(['lint', '--fix', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('could be 2026-04-03 (day first) or 2026-03-04 (month first)');
    expect(r.stderr).not.toContain('fixed');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(dated('03/04/2026'));
  });
});

describe('brief lint --quiet', () => {
  const warned = () => makeTree({ 'a.md': briefText({ front: 'keyquestion: x\n' }), 'b.md': briefText() });

  it('never says "no problems" when it hid warnings', async () => {
    const r = await runCli(['lint', '--quiet', warned()]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).not.toContain('no problems');
    expect(r.stderr).toBe('⚠ 0 errors (and 1 warning not shown: --quiet) in 1 of 2 briefs\n');
  });

  it('still counts the hidden warnings for --max-warnings', async () => {
    const r = await runCli(['lint', '--quiet', '--max-warnings', '0', warned()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('brief: 1 warning, more than --max-warnings 0');
  });
});

describe('brief lint --fix-dry-run', () => {
  // The conclusion's line is in the diff's context: a title-setting sequence a terminal would obey.
  const pasted = briefText({ body: '## Summary\n\nThe bottom line.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\nAct now.\nFund it.\n\n## Conclusion\nText \u001b]0;pwned\u0007here.\n' });

  it('prints the plain diff through a pipe, exact for patch', async () => {
    const r = await runCli(['lint', '--fix-dry-run', makeTree({ 'a.md': pasted })]);
    expect(r.stdout).toContain('\n-Act now.\n-Fund it.\n+- Act now.\n+- Fund it.\n');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain(' Text \u001b]0;pwned\u0007here.\n');
  });

  it('colours the diff on a terminal, and no control sequence from the brief reaches it', () => {
    const dir = makeTree({ 'a.md': pasted });
    const r = runInTerminal(['lint', '--fix-dry-run', join(dir, 'a.md')], { cols: 100, env: { FORCE_COLOR: undefined, NO_COLOR: undefined } });
    expect(r.stdout).toMatch(/\u001b\[31m-Act now\./);
    expect(r.stdout).toMatch(/\u001b\[32m\+- Act now\./);
    expect(r.stdout).not.toContain('\u001b]0;pwned');
    expect(visible(r.stdout)).toContain(' Text here.');
    expect(visible(r.stdout)).toContain('+- Fund it.');
  });
});
