/**
 * The reading commands in a real terminal at the widths people use: no line wider than the
 * window, no word broken between lines (unless wider than a line), and `show` carrying every
 * scenario's likelihood and indicators (issue 15).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/wrap.js';
import { runCli, runInTerminal, visible } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const WIDTHS = [40, 60, 80, 110, 180];
const STYLES = 'tests/fixtures/house-styles';

/** A brief that lint has long things to say about, under a long file name. */
function badBriefDir(): string {
  const dir = tempDir('brief-layout-');
  writeFileSync(join(dir, 'a-brief-with-a-rather-long-file-name.md'),
    '---\ntitle: Template leftovers\ndate: 30/11/2026\nauthor: x\nstatus: maybe\nscenarios:\n  A:\n    likelihood: possible\n---\n\n## Summary\n\nok.\n\n## Scenarios\n\n### A. One\n\ntext\n');
  return dir;
}

const LINT_DIR = badBriefDir();

const CASES: Array<{ name: string; args: string[] }> = [
  ...['istanbul-talks', 'baltic-cable-sabotage', 'sahel-grain-corridor'].flatMap((id) => [
    { name: `show ${id}`, args: ['show', id, '--no-pager'] },
    { name: `summary ${id}`, args: ['summary', id] },
    { name: `scenario ${id}`, args: ['scenario', id] },
    { name: `recommendations ${id}`, args: ['recommendations', id] },
  ]),
  ...['red-sea-ports-competition', 'cyprus-bailout-forecast', 'mekong-water-diplomacy'].flatMap((id) => [
    { name: `show ${id}`, args: ['show', id, '--no-pager', '--dir', STYLES] },
    { name: `summary ${id}`, args: ['summary', id, '--dir', STYLES] },
  ]),
  { name: 'scenario red-sea-ports-competition 2', args: ['scenario', 'red-sea-ports-competition', '2', '--dir', STYLES] },
  { name: 'scenario baltic-cable-sabotage 2', args: ['scenario', 'baltic-cable-sabotage', '2'] },
  { name: 'list', args: ['list'] },
  { name: 'list house styles', args: ['list', '--dir', STYLES] },
  { name: 'lint', args: ['lint', LINT_DIR] },
];

/** The words of the same output piped: what a broken word would be a piece of. */
async function wordsOf(args: string[]): Promise<Set<string>> {
  const piped = await runCli(args);
  const json = args[0] === 'lint' ? '' : (await runCli([...args, '--json'])).stdout;
  return new Set(`${piped.stdout}\n${piped.stderr}\n${json}`.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Pairs of lines where a word of the text was cut: "fu" at the end of one, "ture" starting the next. */
function splitWords(lines: string[], words: Set<string>, width: number): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const end = /([\p{L}\p{N}]+)$/u.exec(lines[i]!)?.[1];
    const start = /^[\s•▸▹\-*]*([\p{L}\p{N}]+)/u.exec(lines[i + 1]!)?.[1];
    if (end === undefined || start === undefined) continue;
    // A word (a path, an address) wider than the line may be cut; nothing else may.
    const longWord = (/(\S+)$/.exec(lines[i]!)?.[1] ?? '') + (/^\s*(\S+)/.exec(lines[i + 1]!)?.[1] ?? '');
    if (displayWidth(longWord) > width / 2) continue;
    const whole = end + start;
    if (words.has(whole) && !(words.has(end) && words.has(start))) found.push(`${lines[i]} / ${lines[i + 1]}`);
  }
  return found;
}

describe.each(WIDTHS)('at %i columns', (cols) => {
  it.each(CASES)('$name fits the window and breaks lines between words', async ({ args }) => {
    const r = runInTerminal(args, { cols, rows: 500 });
    const lines = visible(r.stdout).replace(/\r/g, '').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.filter((l) => displayWidth(l) > cols)).toEqual([]);
    expect(splitWords(lines, await wordsOf(args), cols)).toEqual([]);
  });

  it.each(['baltic-cable-sabotage', 'sahel-grain-corridor'])('show %s has every scenario\'s likelihood and indicators', async (id) => {
    const scenarios = JSON.parse((await runCli(['scenario', id, '--json'])).stdout) as Array<{ label: string; likelihood: string | null; indicators: string[] }>;
    const text = visible(runInTerminal(['show', id, '--no-pager'], { cols, rows: 500 }).stdout).replace(/\s+/g, ' ');
    expect(scenarios.some((s) => s.likelihood !== null)).toBe(true);
    for (const s of scenarios) {
      if (s.likelihood !== null) expect(text.split(`Likelihood: ${s.likelihood}`).length - 1).toBeGreaterThanOrEqual(1);
      for (const indicator of s.indicators) expect(text).toContain(`• ${indicator}`);
    }
  });
});

describe('the reading layout', () => {
  it('shows the frontmatter bottom line, likelihoods with their ICD 203 range, and no bullet before a task box', async () => {
    const show = visible(runInTerminal(['show', 'baltic-cable-sabotage', '--no-pager'], { cols: 100, rows: 500 }).stdout);
    expect(show).toMatch(/Key question\n {2}How should Baltic coastal states/);
    expect(show).toContain('Likelihood: likely · 55-80%');
    expect(show).toMatch(/3 {2}Coordinated campaign +almost no chance · 1-5% +Severe; simultaneous/);
    expect(show).not.toContain('• [');
    const istanbul = visible(runInTerminal(['show', 'istanbul-talks', '--no-pager'], { cols: 100, rows: 500 }).stdout);
    expect(istanbul).toMatch(/Bottom line\n {2}The third round of Taliban-Pakistan talks/);
    // The rule under the header is as wide as the header's text, not a fixed 60 columns.
    const rule = istanbul.split('\n').find((l) => /^─+$/.test(l))!;
    expect(rule.length).toBe(Math.max(...istanbul.split('\n').slice(0, istanbul.split('\n').indexOf(rule)).map(displayWidth)));
  });

  it('show moves a summary section into the header under its own heading, once', () => {
    const show = visible(runInTerminal(['show', 'baltic-cable-sabotage', '--no-pager'], { cols: 100, rows: 500 }).stdout);
    expect(show).toMatch(/Bottom Line\n {2}Cable damage in the Baltic is likely to recur/);
    expect(show.split('Cable damage in the Baltic is likely to recur')).toHaveLength(2);
    expect(show.indexOf('Bottom Line')).toBeLessThan(show.indexOf('─────'));
  });

  it('summary sets metadata out as pairs that never break between label and value', () => {
    const lines = visible(runInTerminal(['summary', 'istanbul-talks'], { cols: 60 }).stdout).split('\n');
    for (const label of ['Date:', 'Author:', 'Source:', 'Region:', 'Tags:', 'Status:']) {
      const line = lines.find((l) => l.includes(label))!;
      expect(line.trimEnd().endsWith(label)).toBe(false);
    }
  });

  it('list gives the title its room first and truncates tags at a whole tag', () => {
    const lines = visible(runInTerminal(['list'], { cols: 180 }).stdout).split('\n');
    expect(lines.find((l) => l.includes('istanbul-talks'))).toMatch(/Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul {2}analysis, government, .*…/);
    // Narrower, the tags go and the title wraps in its column rather than being cut.
    const narrow = visible(runInTerminal(['list'], { cols: 110 }).stdout);
    expect(narrow).not.toContain('TAGS');
    expect(narrow).toMatch(/Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in\n +Istanbul/);
  });

  it('scenario list items hang under their text', () => {
    const text = visible(runInTerminal(['scenario', 'red-sea-ports-competition', '2', '--dir', STYLES], { cols: 60 }).stdout);
    expect(text).toMatch(/- Egyptian troops deployed to Somalia under a bilateral\n {2}agreement/);
  });
});
