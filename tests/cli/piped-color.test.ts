/**
 * `--color always` in a pipe: the tab-separated output of list, search, judgments and scenario,
 * and the checklist, coloured as their terminal views colour them, inside the cells only; the
 * default piped output as it always was; NO_COLOR over --color always; JSON never coloured.
 */
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../helpers/cli.js';

const dir = makeTree({
  'talks.md': `---
title: Border talks
date: 2025-06-01
author: Analyst
status: review
tags: [security, trade]
scenarios:
  A: { likelihood: likely }
---

## Analysis

A ceasefire is likely to hold; a wider deal is not probable.

## Scenarios

### A. Ceasefire holds

Local ceasefires spread along the border.

### B. Collapse

Fighting resumes.

## Recommendations

- [x] Fund ceasefire monitors.
- [ ] Reopen the crossings.
`,
  // Escape sequences of the brief's own, in its title (YAML escapes), its text and its file name:
  // red text, a reset, a window title (OSC), a bell, a screen clear.
  'hostile.md': '---\ntitle: "Ceasefire \\e]0;owned\\a watch \\e[2J"\ndate: 2025-05-01\nauthor: Analyst\n---\n\n## Analysis\n\n'
    + 'The \u001b[31mred\u001b[0m ceasefire is almost certain\u0007 to fail.\u001b[2J\n\n## Scenarios\n\n### A. Fails\n\nText.\n\n## Recommendations\n\n- Watch.\n',
  'id\u001b[31mx.md': '---\ntitle: Named\ndate: 2025-04-01\nauthor: Analyst\n---\n\n## Analysis\n\nNothing.\n\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n- Act.\n',
});

const run = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--dir', dir], { env });

/** The piped output of each command as it was before --color always coloured it, byte for byte. */
const PLAIN: Record<string, string> = {
  list: 'talks\t2025-06-01\treview\tBorder talks\tsecurity,trade\n'
    + 'hostile\t2025-05-01\tdraft\tCeasefire  watch\t\n'
    + 'idx\t2025-04-01\tdraft\tNamed\t\n',
  'search ceasefire': 'hostile\t2\ttitle\t\tCeasefire watch\t\n'
    + 'hostile\t9\tsection\tAnalysis\tThe red ceasefire is almost certain to fail.\t\n'
    + 'talks\t13\tsection\tAnalysis\tA ceasefire is likely to hold; a wider deal is not probable.\t\n'
    + 'talks\t17\tscenario\tScenarios\tA. Ceasefire holds\tA\n'
    + 'talks\t19\tscenario\tScenarios\tLocal ceasefires spread along the border.\tA\n'
    + 'talks\t27\trecommendation\tRecommendations\tFund ceasefire monitors.\t\n',
  judgments: 'hostile\t9\t7\talmost certain\tAnalysis\tThe red ceasefire is almost certain to fail.\tfalse\n'
    + 'talks\t8\t5\tlikely\tfrontmatter\tlikelihood: likely\tfalse\n'
    + 'talks\t13\t5\tlikely\tAnalysis\tA ceasefire is likely to hold; a wider deal is not probable.\tfalse\n'
    + 'talks\t13\t5\tprobable\tAnalysis\tA ceasefire is likely to hold; a wider deal is not probable.\ttrue\n',
  'scenario talks': 'A\tCeasefire holds\tlikely\nB\tCollapse\t\n',
  'recommendations talks': '[x] Fund ceasefire monitors.\n[ ] Reopen the crossings.\n',
};

/** Each coloured span shown as [text]: the codes that open it, its text, the codes that close it. */
const marked = (text: string): string => text.replace(/(?:\u001b\[[0-9;]*m)+([^\u001b]*)(?:\u001b\[[0-9;]*m)+/g, '[$1]');

/** The styles a cell leaves open at its end (SGR: 1/2 bold or dim until 22, a colour until 39, 0 closes all). */
function leftOpen(cell: string): string[] {
  const open = new Set<string>();
  for (const [, params] of cell.matchAll(/\u001b\[([0-9;]*)m/g)) {
    for (const code of (params || '0').split(';').map(Number)) {
      if (code === 0) open.clear();
      else if (code === 1 || code === 2) open.add('intensity');
      else if (code === 22) open.delete('intensity');
      else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) open.add('colour');
      else if (code === 39) open.delete('colour');
      else open.add(`code ${code}`);
    }
  }
  return [...open];
}

describe('--color always in a pipe', () => {
  it('leaves the default piped output as it was, byte for byte (and --color never, and NO_COLOR over --color always)', async () => {
    for (const [command, plain] of Object.entries(PLAIN)) {
      const args = command.split(' ');
      expect((await run(args)).stdout, command).toBe(plain);
      expect((await run([...args, '--color', 'never'])).stdout, command).toBe(plain);
      expect((await run([...args, '--color', 'always'], { NO_COLOR: '1' })).stdout, command).toBe(plain);
    }
  });

  it('search highlights the matches in the snippet\'s cell, as on a terminal, and nothing else', async () => {
    const r = await run(['search', 'ceasefire', '--color', 'always']);
    expect(r.code).toBe(0);
    expect(marked(r.stdout)).toBe('hostile\t2\ttitle\t\t[Ceasefire] watch\t\n'
      + 'hostile\t9\tsection\tAnalysis\tThe red [ceasefire] is almost certain to fail.\t\n'
      + 'talks\t13\tsection\tAnalysis\tA [ceasefire] is likely to hold; a wider deal is not probable.\t\n'
      + 'talks\t17\tscenario\tScenarios\tA. [Ceasefire] holds\tA\n'
      + 'talks\t19\tscenario\tScenarios\tLocal [ceasefires] spread along the border.\tA\n'
      + 'talks\t27\trecommendation\tRecommendations\tFund [ceasefire] monitors.\t\n');
    // Every word matched, each its own span, the same as the terminal shows them.
    const both = await run(['search', 'spread', 'border', '--color', 'always']);
    const line = both.stdout.split('\n').find((l) => l.startsWith('talks\t19\t'))!;
    expect(marked(line.split('\t')[4]!)).toBe('Local ceasefires [spread] along the [border].');
    const terminal = await runCli(['--color', 'always', 'search', 'spread', 'border', '--dir', dir], { tty: { columns: 100 } });
    expect(marked(terminal.stdout)).toContain('\n        Local ceasefires [spread] along the [border].\n');
  });

  it('judgments colours the term\'s cell, list the id\'s, scenario the label\'s, as their terminal views do; the checklist its [x]', async () => {
    expect(marked((await run(['judgments', '--color', 'always'])).stdout)).toBe(
      'hostile\t9\t7\t[almost certain]\tAnalysis\tThe red ceasefire is almost certain to fail.\tfalse\n'
      + 'talks\t8\t5\t[likely]\tfrontmatter\tlikelihood: likely\tfalse\n'
      + 'talks\t13\t5\t[likely]\tAnalysis\tA ceasefire is likely to hold; a wider deal is not probable.\tfalse\n'
      + 'talks\t13\t5\t[probable]\tAnalysis\tA ceasefire is likely to hold; a wider deal is not probable.\ttrue\n');
    expect(marked((await run(['list', '--color', 'always'])).stdout)).toBe(
      '[talks]\t2025-06-01\treview\tBorder talks\tsecurity,trade\n'
      + '[hostile]\t2025-05-01\tdraft\tCeasefire  watch\t\n'
      + '[idx]\t2025-04-01\tdraft\tNamed\t\n');
    expect(marked((await run(['scenario', 'talks', '--color', 'always'])).stdout)).toBe('[A]\tCeasefire holds\tlikely\n[B]\tCollapse\t\n');
    expect(marked((await run(['recommendations', 'talks', '--color', 'always'])).stdout)).toBe('[[x]] Fund ceasefire monitors.\n[ ] Reopen the crossings.\n');
  });

  it('opens and closes every style inside its cell, with only the codes brief writes: none of the briefs\' own', async () => {
    for (const command of Object.keys(PLAIN)) {
      const out = (await run([...command.split(' '), '--color', 'always'])).stdout;
      expect(out, command).toMatch(/\u001b\[/);
      for (const line of out.split('\n')) {
        for (const cell of line.split('\t')) expect(leftOpen(cell), `${command}: ${JSON.stringify(cell)}`).toEqual([]);
      }
      // bold, dim, yellow, green and their closes; the briefs' red (31), reset (0), clear (2J),
      // window title and bell are cleaned away before the cells are coloured.
      expect(out.replace(/\u001b\[(?:1|2|22|32|33|39)m/g, ''), command).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('never colours JSON', async () => {
    for (const command of ['list', 'search ceasefire', 'judgments', 'scenario talks', 'recommendations talks']) {
      const args = [...command.split(' '), '--json'];
      const coloured = (await run([...args, '--color', 'always'])).stdout;
      expect(coloured, command).not.toMatch(/\u001b/);
      expect(coloured, command).toBe((await run(args)).stdout);
    }
  });

  it('summary and scenario <label> colour piped too; show prints its plain form, coloured only with --format terminal', async () => {
    expect((await run(['summary', 'talks', '--color', 'always'])).stdout).toMatch(/\u001b\[/);
    expect((await run(['scenario', 'talks', 'a', '--color', 'always'])).stdout).toMatch(/\u001b\[/);
    const show = await run(['show', 'talks', '--color', 'always']);
    expect(show.stdout).toMatch(/^title:\tBorder talks\n/);
    expect(show.stdout).not.toMatch(/\u001b/);
    expect((await run(['show', 'talks', '--color', 'always', '--format', 'terminal', '--no-pager'])).stdout).toMatch(/\u001b\[/);
  });
});
