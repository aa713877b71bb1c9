/**
 * Likelihood at a glance (issue 13, item 5): `scenario` and `summary` draw each likelihood on the
 * ICD 203 scale in a real terminal; piped, the words stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { runCli, runInTerminal, visible } from '../helpers/cli.js';

const terminal = (args: string[]) => {
  const r = runInTerminal(args, { cols: 100, rows: 200 });
  expect(r.code).toBe(0);
  return visible(r.stdout).split('\n').map((l) => l.trimEnd());
};

describe('the likelihood on the scale', () => {
  it('brief scenario <id>: a marker on seven bands with the term and its range, numbers with their band', () => {
    const terms = terminal(['scenario', 'baltic-cable-sabotage']);
    expect(terms.find((l) => l.startsWith('1 '))).toMatch(/^1 {2}Accidental damage.* ▁▂▃▄█▆▇ likely · 55-80% /);
    expect(terms.find((l) => l.startsWith('2 '))).toMatch(/ ▁▂█▄▅▆▇ unlikely · 20-45% /);
    expect(terms.find((l) => l.startsWith('3 '))).toMatch(/ █▂▃▄▅▆▇ almost no chance · 1-5% /);
    const numbers = terminal(['scenario', 'sahel-grain-corridor']);
    expect(numbers.find((l) => l.startsWith('A '))).toMatch(/▁▂▃▄█▆▇ 55% · likely/);
    expect(numbers.find((l) => l.startsWith('C '))).toMatch(/▁█▃▄▅▆▇ 15% · very unlikely/);
  });

  it('brief scenario <id> <label> and brief summary <id>', () => {
    expect(terminal(['scenario', 'baltic-cable-sabotage', '2'])).toContain('Likelihood: ▁▂█▄▅▆▇ unlikely · 20-45%');
    const summary = terminal(['summary', 'sahel-grain-corridor']);
    expect(summary.find((l) => l.includes('Partial closures'))).toMatch(/^ {2}B {2}Partial closures +▁▂█▄▅▆▇ 30% · unlikely +2$/);
  });

  it('the mark shows without colour, and `show` keeps its layout', () => {
    const r = runInTerminal(['scenario', 'baltic-cable-sabotage', '1'], { cols: 100, env: { NO_COLOR: '1' } });
    expect(r.stdout).not.toMatch(/\u001b\[[0-9;]*m/);
    expect(r.stdout).toContain('Likelihood: ▁▂▃▄█▆▇ likely · 55-80%');
    const show = runInTerminal(['show', 'baltic-cable-sabotage', '--no-pager'], { cols: 100, rows: 300 });
    expect(visible(show.stdout)).not.toMatch(/[▁▂▃▄▅▆▇█]/);
  });

  it('piped, the words as before and no scale', async () => {
    expect((await runCli(['scenario', 'baltic-cable-sabotage'])).stdout).toBe(
      '1\tAccidental damage continues\tlikely\n2\tDeniable, deliberate damage\tunlikely\n3\tCoordinated campaign\talmost no chance\n');
    expect((await runCli(['scenario', 'sahel-grain-corridor', 'c'])).stdout).toMatch(/^Scenario C: Corridor collapse\nLikelihood: 15%\n/);
    const summary = (await runCli(['summary', 'baltic-cable-sabotage'])).stdout;
    expect(summary).toContain('Scenarios\n  1  Accidental damage continues (likely)\n  2  Deniable, deliberate damage (unlikely)\n');
    expect(summary).not.toMatch(/[▁▂▃▄▅▆▇█]/);
  });
});
