/** `brief judgments`: the register across briefs, its filters, JSON against its schema, and the band chart in a terminal. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { briefText, makeTree, ROOT, runCli, runInTerminal, visible } from '../helpers/cli.js';

const HOUSE = 'tests/fixtures/house-styles';

async function json(args: string[]) {
  const r = await runCli([...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Array<Record<string, unknown> & { id: string; path: string; line: number; column: number; text: string; term: string; band: number; section: string | null }>;
}

describe('brief judgments', () => {
  it('finds the shipped briefs\' judgements at their lines: frontmatter likelihoods and prose', async () => {
    const found = await json(['judgments']);
    for (const j of found) {
      const line = readFileSync(`${ROOT}/${j.path}`, 'utf8').split(/\r?\n/)[j.line - 1]!;
      expect(line.slice(j.column - 1).toLowerCase().startsWith(j.text.toLowerCase().split(' ')[0]!), `${j.id}:${j.line}`).toBe(true);
    }
    const baltic = found.filter((j) => j.id === 'baltic-cable-sabotage');
    // The three scenario likelihoods and "likely to recur" in the bottom line; the quoted note at the top has none.
    expect(baltic.map((j) => [j.term, j.section])).toEqual([
      ['likely', 'frontmatter'], ['unlikely', 'frontmatter'], ['almost no chance', 'frontmatter'], ['likely', 'Bottom Line']]);
    // Probabilities ("55%") are not ICD 203 terms.
    expect(found.some((j) => j.id === 'sahel-grain-corridor')).toBe(false);
  });

  it('the seed\'s hedges are words off the scale: none is reported as an ICD 203 judgement', async () => {
    const seed = readFileSync(`${ROOT}/briefs/istanbul-talks.md`, 'utf8');
    // The seed hedges with "uncertain" (summary and conclusion), which ICD 203 does not define.
    expect(seed.match(/\buncertain\b/g)?.length).toBe(2);
    const r = await runCli(['judgments', 'istanbul-talks']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe('brief: no estimative judgements found\n');
    // Its imported form (tests/fixtures/import) hedges with "may", "might", "could": none is a term either.
    const dir = makeTree({ 'seed.md': briefText({ body: '## Scenarios\n\n### B) Limited agreement\n\nThe two sides might agree on localized ceasefires.\n\n### C) Escalation\n\nIt may launch targeted attacks; regional powers could join.\n' }) });
    expect((await runCli(['judgments', '--dir', dir])).stdout).toBe('');
  });

  it('reads the house styles: quoted "not improbable" is left out, "most probably" is probable (band 5)', async () => {
    const found = await json(['judgments', HOUSE]);
    const taiwan = found.filter((j) => j.id === 'taiwan-strait-quarantine');
    expect(taiwan.map((j) => j.term)).not.toContain('improbable');
    expect(found.find((j) => j.id === 'red-sea-ports-competition' && j.term === 'probable')).toMatchObject({ band: 5, text: 'probably' });
  });

  it('filters by --term (any form), --band (number or term) and the brief filters of list', async () => {
    const all = await json(['judgments', 'briefs', HOUSE]);
    const probable = await json(['judgments', 'briefs', HOUSE, '--term', 'probably']);
    expect(probable.length).toBeGreaterThan(0);
    expect(probable.every((j) => j.term === 'probable')).toBe(true);
    const band5 = await json(['judgments', 'briefs', HOUSE, '--band', 'likely']);
    expect(band5).toEqual(all.filter((j) => j.band === 5));
    expect(new Set(band5.map((j) => j.term))).toEqual(new Set(['likely', 'probable']));
    expect(await json(['judgments', 'briefs', HOUSE, '--band', '5'])).toEqual(band5);
    const tagged = await json(['judgments', '--tag', 'maritime']);
    expect([...new Set(tagged.map((j) => j.id))]).toEqual(['baltic-cable-sabotage']);
    expect(await json(['judgments', '--since', '2030'])).toEqual([]);
  });

  it('--sort band orders by band, lowest first', async () => {
    const bands = (await json(['judgments', 'briefs', HOUSE, '--sort', 'band'])).map((j) => j.band);
    expect(bands).toEqual([...bands].sort((a, b) => a - b));
    expect(new Set(bands).size).toBeGreaterThan(3);
  });

  it('refuses an unknown term or band (exit 2, with the closest term)', async () => {
    expect(await runCli(['judgments', '--term', 'likley'])).toMatchObject({ code: 2, stdout: '', stderr: 'brief: --term "likley" is not an ICD 203 term; did you mean likely?\n' });
    expect(await runCli(['judgments', '--band', '9'])).toMatchObject({ code: 2, stdout: '' });
    expect((await runCli(['judgments', 'no-such-brief'])).code).toBe(2);
  });

  it('prints one tab-separated line per judgement when piped, with no escape codes', async () => {
    const r = await runCli(['judgments', 'baltic-cable-sabotage']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]!.split('\t').slice(0, 5)).toEqual(['baltic-cable-sabotage', '37', '5', 'likely', 'Bottom Line']);
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('skips a brief it cannot read, names it, and reports the others', async () => {
    const dir = makeTree({ 'good.md': briefText({ body: '## Summary\n\nA deal is likely.\n' }), 'bad.md': '---\ntitle: [unclosed\n---\n' });
    const r = await runCli(['judgments', '--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^good\t9\t5\tlikely\tSummary\tA deal is likely\.\n$/);
    expect(r.stderr).toMatch(/bad\.md:2: .*\(skipped\)/);
  });

  it('--json validates against `brief schema judgments`', async () => {
    const schema = JSON.parse((await runCli(['schema', 'judgments'])).stdout);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const found = await json(['judgments', 'briefs', HOUSE]);
    expect(found.length).toBeGreaterThan(20);
    expect(validate(found), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...found[0], band: 8 }])).toBe(false);
  });

  it('draws the band chart in a terminal: seven rows, bars as long as the counts', () => {
    const r = runInTerminal(['judgments', 'briefs', HOUSE], { cols: 100, rows: 200 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\u001b\[/);
    const text = visible(r.stdout);
    const chart = text.slice(text.indexOf('Bands used')).trimEnd().split('\n').slice(1);
    expect(chart).toHaveLength(7);
    const rows = chart.map((row) => /^\s+(\d)\s+(.+?)\s+\d+-\d+%\s+(\d+) ?(█*)$/.exec(row)!);
    expect(rows.map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(rows[4]![2]).toBe('likely / probable');
    const counts = rows.map((m) => Number(m[3]));
    const total = Number(/(\d+) judgements in \d+ briefs/.exec(text)![1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    // The longest bar is the most used band; an unused band has none.
    const longest = Math.max(...rows.map((m) => m[4]!.length));
    rows.forEach((m, i) => {
      if (counts[i] === Math.max(...counts)) expect(m[4]!.length).toBe(longest);
      if (counts[i] === 0) expect(m[4]).toBe('');
    });
  });
});
