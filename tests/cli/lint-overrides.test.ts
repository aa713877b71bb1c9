/**
 * `.briefrc.json` overrides: rule settings by glob, relative to the config file's folder, later
 * ones winning, as ESLint's and markdownlint-cli2's users expect; and section-missing's
 * `require`, so a folder of forecast notes drops one requirement without turning the rule off.
 */
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/lint/types.js';
import { makeTree, runBin, runCli, type Result } from '../helpers/cli.js';

const front = (title: string) => `---\ntitle: ${title}\ndate: 2025-03-01\nauthor: Tester\n---\n\n`;
const SCENARIOS_ONLY = '## Summary\n\nText.\n\n## Scenarios\n\n### A. First\n\nText.\n';
const NEITHER = '## Summary\n\nText.\n';

const CONFIG = {
  dir: 'briefs',
  overrides: [
    // Forecast notes forecast; they need not recommend.
    { files: 'briefs/forecasts/**', rules: { 'section-missing': ['error', { require: ['scenarios'] }] } },
    // Drafts only warn, keeping the require above, except the one named.
    { files: ['briefs/forecasts/drafts/*.md'], excludedFiles: 'briefs/forecasts/drafts/keep.md', rules: { 'section-missing': 'warn' } },
  ],
};

function tree(config: unknown = CONFIG): string {
  return makeTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.briefrc.json': JSON.stringify(config),
    'briefs/analysis.md': front('Analysis') + SCENARIOS_ONLY,
    'briefs/forecasts/cyprus.md': front('Cyprus') + SCENARIOS_ONLY,
    'briefs/forecasts/notes.md': front('Notes') + NEITHER,
    'briefs/forecasts/drafts/a.md': front('A') + NEITHER,
    'briefs/forecasts/drafts/keep.md': front('Keep') + NEITHER,
  });
}

/** `file severity: message start` for each section-missing finding, the file relative to the tree's `briefs/`. */
function findings(r: Result, dir: string, cwd = dir): string[] {
  return (JSON.parse(r.stdout) as LintMessage[])
    .filter((m) => m.rule === 'section-missing')
    .map((m) => `${relative(join(dir, 'briefs'), resolve(cwd, m.file)).split(sep).join('/')} ${m.severity}: ${m.message.split(';')[0]}`)
    .sort();
}

const EXPECTED = [
  'analysis.md error: no recommendations',
  // forecasts/cyprus.md has scenarios, all that forecasts/** requires.
  'forecasts/drafts/a.md warning: no scenarios',
  'forecasts/drafts/keep.md error: no scenarios',
  'forecasts/notes.md error: no scenarios',
];

describe('.briefrc.json overrides', () => {
  it('apply by glob, in order, a severity alone keeping the options before it; excludedFiles are left alone', async () => {
    const dir = tree();
    const r = await runCli(['lint', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(findings(r, dir)).toEqual(EXPECTED);
  });

  it('match paths relative to the config file\'s folder, wherever lint runs from', async () => {
    const dir = tree();
    const cwd = join(dir, 'briefs/forecasts');
    const r = await runCli(['lint', '--format', 'json', '.'], { cwd });
    expect(findings(r, dir, cwd)).toEqual(EXPECTED.filter((f) => f.startsWith('forecasts/')));
  });

  it('apply on the lint worker threads too (built bin)', async () => {
    const dir = tree();
    const r = await runBin(['lint', '--format', 'json'], { cwd: dir, env: { BRIEF_PARALLEL_THRESHOLD: '1' } });
    expect(findings(r, dir)).toEqual(EXPECTED);
  });

  it('set duplicate-id per file: off for one folder, still reported for the other', async () => {
    const dir = makeTree({
      '.git/HEAD': '',
      // The same name in two folders is reported only with acrossFolders (docs/lint-rules.md).
      '.briefrc.json': JSON.stringify({ rules: { 'duplicate-id': ['error', { acrossFolders: true }] }, overrides: [{ files: 'briefs/fr/**', rules: { 'duplicate-id': 'off' } }] }),
      'briefs/en/mali.md': front('Mali') + SCENARIOS_ONLY,
      'briefs/fr/mali.md': front('Mali') + SCENARIOS_ONLY,
    });
    const r = await runCli(['lint', '--format', 'json', 'briefs'], { cwd: dir });
    expect((JSON.parse(r.stdout) as LintMessage[]).filter((m) => m.rule === 'duplicate-id').map((m) => m.file)).toEqual([join('briefs', 'en', 'mali.md')]);
  });

  it.each([
    [{ overrides: [{ files: 'briefs/**', rules: { 'sectio-missing': 'off' } }] }, 'overrides[0].rules: unknown rule "sectio-missing"; did you mean "section-missing"?'],
    [{ overrides: [{ files: 5, rules: {} }] }, 'overrides[0].files must be a glob or a list of globs, not 5'],
    [{ overrides: [{ files: ['a/**', 7], rules: {} }] }, 'overrides[0].files must be a glob or a list of globs, not ["a/**",7]'],
    [{ overrides: [{ files: '/srv/briefs/**', rules: {} }] }, 'overrides[0].files: "/srv/briefs/**" must be relative to the config file\'s folder'],
    [{ overrides: [{ files: 'a/**', rules: {} }, { rules: {} }] }, 'overrides[1]: "files" is missing'],
    [{ overrides: [{ files: 'a/**', rule: {} }] }, 'overrides[0]: unknown key "rule" (known: files, excludedFiles, rules)'],
    [{ overrides: { files: 'a/**', rules: {} } }, '"overrides" must be a list of {"files": ..., "rules": ...}'],
    [{ rules: { 'section-missing': ['error', { require: ['scenario'] }] } }, 'option "require" must be a list of "scenarios" and "recommendations"'],
  ])('%j is refused in one line naming the file (exit 2)', async (config, message) => {
    const dir = tree(config);
    const r = await runCli(['lint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(join(dir, '.briefrc.json'));
    expect(r.stderr).toContain(message);
  });
});
