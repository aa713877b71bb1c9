/**
 * `scenario-unknown-key`: what a frontmatter scenario entry holds that no reader takes (a
 * misspelt key, a YAML merge key, a value that is not a mapping) is reported at its line, where
 * before it was silently dropped with the likelihood it held.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

const BODY = '## Scenarios\n\n### A. Talks\n\nText.\n\n### B. Collapse\n\nText.\n\n### C. Stalemate\n\nText.\n\n## Recommendations\n\n- Act.\n';

/** A brief whose frontmatter's `scenarios` block is `scenarios` (lines from 5 on). */
const brief = (scenarios: string, front = ''): string =>
  `---\ntitle: Typo\ndate: 2026-01-01\nauthor: Analyst\n${front}scenarios:\n${scenarios}---\n\n${BODY}`;

interface Message { file: string; line: number; column: number; severity: string; rule: string; message: string }

async function lintJson(dir: string, args: string[] = []): Promise<{ code: number; messages: Message[] }> {
  const r = await runCli(['lint', '--format', 'json', ...args, dir]);
  return { code: r.code, messages: JSON.parse(r.stdout) as Message[] };
}

const ofRule = (messages: Message[]) => messages.filter((m) => m.rule === 'scenario-unknown-key').map((m) => [m.line, m.severity, m.message]);

describe('brief lint: scenario-unknown-key', () => {
  it('reports the user\'s brief: a misspelt likelihood and a merge key, each at its line', async () => {
    const dir = makeTree({ 'typo.md': brief('  A: {likelihod: likely}\n  B:\n    <<: {likelihood: unlikely}\n') });
    const r = await runCli(['lint', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^.*\/typo\.md:6:1\s+error\s+scenarios\.A has an unknown key "likelihod", which is not read; did you mean "likelihood"\? \(a scenario entry takes likelihood, impact, indicators\)\s+scenario-unknown-key$/);
    expect(lines[1]).toMatch(/^.*\/typo\.md:8:1\s+error\s+scenarios\.B has a YAML merge key "<<", which is not read \(brief does not merge keys\), so its likelihood is lost; write the keys out under "B:"\s+scenario-unknown-key$/);
    expect(r.stderr).not.toContain('no problems');
  });

  it('reports an entry that is not a mapping, and says how to write it', async () => {
    const dir = makeTree({ 'x.md': brief('  A: {likelihood: likely}\n  B: likely\n  C: "35%"   # a probability\n') });
    const { code, messages } = await lintJson(dir);
    expect(code).toBe(1);
    expect(ofRule(messages)).toEqual([
      [7, 'error', 'scenarios.B is "likely", not a mapping, and is not read; write B: {likelihood: likely}'],
      [8, 'error', 'scenarios.C is "35%", not a mapping, and is not read; write C: {likelihood: "35%"}'],
    ]);
    // The likelihood is still missing to the readers, and said so at the headings.
    expect(messages.filter((m) => m.rule === 'likelihood-missing').map((m) => m.line)).toEqual([17, 21]);
  });

  it('reports a merge key from an alias, naming what it would have given', async () => {
    const dir = makeTree({ 'x.md': brief('  A: {likelihood: likely}\n  B:\n    <<: *d\n  C: {likelihood: unlikely}\n', 'defaults: &d {likelihood: likely, impact: high}\n') });
    const { messages } = await lintJson(dir);
    expect(ofRule(messages)).toEqual([
      [9, 'error', 'scenarios.B has a YAML merge key "<<", which is not read (brief does not merge keys), so its likelihood and impact are lost; write the keys out under "B:"'],
    ]);
  });

  it('reports a key at the entry\'s own line, not at an indicator\'s key of the same name', async () => {
    const dir = makeTree({
      'x.md': brief([
        '  A:', // 6
        '    indicators:',
        '      - text: Talks resume',
        '        note: seen in Doha', // 9: an indicator's note, which it takes
        '    note: analysts disagree', // 10: the scenario's, which it does not
        '    probability: likely', // 11
        '  B: {likelihood: likely, Impact: high}', // 12
        '  C:',
        '',
      ].join('\n')),
    });
    const { messages } = await lintJson(dir);
    expect(ofRule(messages)).toEqual([
      [10, 'error', 'scenarios.A has an unknown key "note", which is not read (a scenario entry takes likelihood, impact, indicators)'],
      [11, 'error', 'scenarios.A has an unknown key "probability", which is not read; did you mean "likelihood"? (a scenario entry takes likelihood, impact, indicators)'],
      [12, 'error', 'scenarios.B has an unknown key "Impact", which is not read; did you mean "impact"? (a scenario entry takes likelihood, impact, indicators)'],
    ]);
  });

  it('done as the messages say, the brief lints clean and its likelihoods are read', async () => {
    const dir = makeTree({ 'typo.md': brief('  A: {likelihod: likely}\n  B:\n    <<: {likelihood: unlikely}\n  C: likely\n') });
    const before = await runCli(['scenario', join(dir, 'typo.md'), '--json']);
    expect(JSON.parse(before.stdout).map((s: { likelihood: string | null }) => s.likelihood)).toEqual([null, null, null]);
    writeFileSync(join(dir, 'typo.md'), brief('  A: {likelihood: likely}\n  B:\n    likelihood: unlikely\n  C: {likelihood: likely}\n'));
    const r = await runCli(['lint', dir]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('no problems');
    const after = await runCli(['scenario', join(dir, 'typo.md'), '--json']);
    expect(JSON.parse(after.stdout).map((s: { likelihood: string | null }) => s.likelihood)).toEqual(['likely', 'unlikely', 'likely']);
  });

  it('leaves a brief that uses only the keys it takes alone, in block and flow style', async () => {
    const dir = makeTree({
      'x.md': brief([
        '  A:',
        '    likelihood: likely',
        '    impact: high',
        '    indicators:',
        '      - Talks resume',
        '      - {text: Troops withdraw, status: observed, as_of: 2026-01-10, note: Satellite images}',
        '  "b": {likelihood: unlikely, impact: low, indicators: [Strikes resume]}',
        '  Scenario C:',
        '    likelihood: unlikely',
        '',
      ].join('\n')),
    });
    const r = await runCli(['lint', dir]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('no problems');
  });

  it('the shipped briefs and the indicators fixtures have no finding of it', async () => {
    for (const dir of ['briefs', 'tests/fixtures/indicators', 'tests/fixtures/house-styles']) {
      const { messages } = await lintJson(dir);
      expect(ofRule(messages), dir).toEqual([]);
    }
  });

  it('is set in .briefrc.json as any rule: a warning does not fail the run, off silences it', async () => {
    const text = brief('  A: {likelihod: likely}\n');
    const warn = makeTree({ '.briefrc.json': JSON.stringify({ rules: { 'scenario-unknown-key': 'warn' } }), 'x.md': text });
    const r = await runCli(['lint', '--format', 'json', 'x.md'], { cwd: warn });
    expect(r.code).toBe(0);
    expect(ofRule(JSON.parse(r.stdout) as Message[])).toEqual([[6, 'warning', expect.stringContaining('did you mean "likelihood"?')]]);
    const off = makeTree({ '.briefrc.json': JSON.stringify({ rules: { 'scenario-unknown-key': 'off' } }), 'x.md': text });
    expect(await runCli(['lint', 'x.md'], { cwd: off })).toMatchObject({ code: 0, stdout: '' });
  });

  it('reads keys named as JavaScript\'s own (constructor, __proto__) as any other, and quotes a long value on one short line', async () => {
    const dir = makeTree({ 'x.md': brief('  A: {likelihood: likely, constructor: x, __proto__: y}\n  B: |\n    Talks collapse and both sides return to the front line within weeks.\n    Then more.\n') });
    const { messages } = await lintJson(dir);
    expect(ofRule(messages)).toEqual([
      [6, 'error', 'scenarios.A has an unknown key "constructor", which is not read (a scenario entry takes likelihood, impact, indicators)'],
      [6, 'error', 'scenarios.A has an unknown key "__proto__", which is not read (a scenario entry takes likelihood, impact, indicators)'],
      [7, 'error', 'scenarios.B is "Talks collapse and both sides return to…", not a mapping, and is not read; write B: {likelihood: ..., impact: ...}'],
    ]);
  });

  it('prints no control sequence from a key', async () => {
    const dir = makeTree({ 'x.md': brief('  A: {"likeli\\e[2J\\e]0;pwned\\u0007hood": likely}\n') });
    const r = await runCli(['lint', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('scenario-unknown-key');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
