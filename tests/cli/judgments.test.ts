/** `brief judgments`: the register across briefs, its filters, JSON against its schema, and the band chart in a terminal. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('the seed\'s hedges are words off the scale: none is an ICD 203 judgement, and --hedges lists each', async () => {
    const seed = readFileSync(`${ROOT}/briefs/istanbul-talks.md`, 'utf8');
    // The shipped seed hedges with "uncertain" (summary and conclusion), which ICD 203 does not define.
    expect(seed.match(/\buncertain\b/g)?.length).toBe(2);
    const r = await runCli(['judgments', 'istanbul-talks']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe('brief: no estimative judgements found\n');
    // The article as published (imported from tests/fixtures/import) hedges with "might" and "may".
    const dir = makeTree({ 'briefs/.keep': '' });
    expect((await runCli(['import', `${ROOT}/tests/fixtures/import/000_3af615d876947f47.txt`, '--id', 'seed'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['judgments'], { cwd: dir })).stdout).toBe('');
    const r2 = await runCli(['judgments', '--hedges', '--json'], { cwd: dir });
    const hedges = JSON.parse(r2.stdout) as Array<{ kind: string; term: string; band: number | null; section: string; scenario: string | null; line: number; sentence: string }>;
    const text = readFileSync(`${dir}/briefs/seed.md`, 'utf8').split('\n');
    expect(hedges.map((h) => [h.kind, h.term, h.band, h.section, h.scenario])).toEqual([
      ['hedge', 'might', null, 'Possible Scenarios for Future Taliban-Pakistan Relations', 'B'],
      ['hedge', 'may', null, 'Possible Scenarios for Future Taliban-Pakistan Relations', 'C'],
      ['hedge', 'may', null, 'Possible Scenarios for Future Taliban-Pakistan Relations', 'D'],
      ['hedge', 'may', null, 'Conclusion', null],
    ]);
    for (const h of hedges) expect(text[h.line - 1]).toContain(h.sentence.split(' ').slice(0, 4).join(' '));
    expect(hedges[0]!.sentence).toBe('The two sides might agree on localized ceasefires or protection of trade routes.');
    // Piped, a hedge's band is "-".
    expect((await runCli(['judgments', '--hedges'], { cwd: dir })).stdout.split('\n')[0]).toMatch(/^seed\t\d+\t-\tmight\t/);
    // --band hedge (or "-") lists only the hedges, without --hedges; beside a band, both.
    for (const band of ['hedge', '-', 'Hedges']) expect((await runCli(['judgments', '--band', band, '--json'], { cwd: dir })).stdout, band).toBe(r2.stdout);
    const mixed = makeTree({ 'm.md': briefText({ body: '## Summary\n\nTalks are likely to resume. Envoys may meet. A deal is unlikely.\n' }) });
    const both = JSON.parse((await runCli(['judgments', '--dir', mixed, '--band', 'hedge', '--band', 'likely', '--json'])).stdout) as Array<{ term: string; band: number | null }>;
    expect(both.map((j) => [j.term, j.band])).toEqual([['likely', 5], ['may', null]]);
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
    // With none close, the terms by band, as a value outside any closed list gets the list.
    const scale = 'by band: 1 almost no chance or remote, 2 very unlikely or highly improbable, 3 unlikely or improbable, 4 roughly even chance or roughly even odds, '
      + '5 likely or probable, 6 very likely or highly probable, 7 almost certain or nearly certain';
    expect(await runCli(['judgments', '--band', '9'])).toMatchObject({ code: 2, stdout: '', stderr: `brief: --band "9" is not an ICD 203 term or a band 1-7; give a band, a term or hedge (${scale})\n` });
    expect(await runCli(['judgments', '--term', 'zzzzz'])).toMatchObject({ code: 2, stdout: '', stderr: `brief: --term "zzzzz" is not an ICD 203 term; give a term (${scale})\n` });
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

  it('shows a quoted frontmatter value as YAML reads it, in a terminal, piped and in JSON, at the line and column typed', async () => {
    const front = `key_question: "Is a \\"likely\\" deal near, and is it likely?"\nsummary: 'It''s likely that talks resume.'\n`;
    const dir = makeTree({ 'q.md': briefText({ front, body: '## Scenarios\n\n### A. Talks\n\nText.\n' }) });
    const question = 'Is a "likely" deal near, and is it likely?';
    const summary = "It's likely that talks resume.";
    const piped = await runCli(['judgments', '--dir', dir]);
    expect(piped.stdout).toBe(`q\t5\t5\tlikely\tfrontmatter\t${question}\tfalse\nq\t6\t5\tlikely\tfrontmatter\t${summary}\tfalse\n`);
    const found = await json(['judgments', '--dir', dir]);
    expect(found.map((j) => [j.line, j.column, j.sentence])).toEqual([[5, 53, question], [6, 17, summary]]);
    const terminal = visible((await runCli(['judgments', '--dir', dir], { tty: { columns: 80 } })).stdout);
    expect(terminal).toContain(`        ${question}\n`);
    expect(terminal).toContain(`        ${summary}\n`);
    expect(terminal).not.toMatch(/\\"|''/);
  });

  it('reads link text, not link or image addresses: judgments finds no term in an address, and lint no row mixed from one', async () => {
    const summary = 'summary: Talks are likely to resume (<https://example.org/probable-deal>).';
    const prose = 'Status quo is **likely** to hold, says the [likely source](http://example.com/likely "Probable title").';
    const links = 'See [the report](https://example.org/probable-outcomes) and <https://example.org/unlikely-events>. Also ![chart](img/very-likely.png), ' +
      'https://example.org/probable-x, www.example.org/unlikely, <a href="https://example.org/probable">the archive</a>, perhaps at <mailto:desk@example.org/may>.';
    const body = `## Summary\n\n${prose}\n\n${links}\n\n[ref]: https://example.org/improbable "Probable"\n\n## Scenarios\n\n### A. First\n\nText.\n`;
    const dir = makeTree({ 'links.md': briefText({ front: `${summary}\n`, body }) });
    const found = await json(['judgments', '--dir', dir, '--hedges']);
    expect(found.map((j) => [j.term, j.line, j.column])).toEqual([
      ['likely', 5, summary.indexOf('likely') + 1],
      ['likely', 10, prose.indexOf('likely') + 1],
      ['likely', 10, prose.indexOf('likely source') + 1],
      ['perhaps', 12, links.indexOf('perhaps') + 1],
    ]);
    expect(found[2]!.sentence).toBe('Status quo is likely to hold, says the likely source.');
    const lint = async (): Promise<Array<{ rule: string; line: number; column: number }>> =>
      JSON.parse((await runCli(['lint', '--format', 'json', dir])).stdout) as Array<{ rule: string; line: number; column: number }>;
    expect((await lint()).filter((m) => m.rule.startsWith('estimative') || m.rule.startsWith('likelihood'))).toEqual([
      expect.objectContaining({ rule: 'estimative-hedge', line: 12, column: links.indexOf('perhaps') + 1 }),
    ]);
    // The same word in the prose is a judgement of the other row: both commands see it.
    writeFileSync(join(dir, 'links.md'), briefText({ front: `${summary}\n`, body: body.replace('the archive', 'a probable archive') }));
    expect((await json(['judgments', '--dir', dir])).map((j) => j.term)).toEqual(['likely', 'likely', 'likely', 'probable']);
    expect((await lint()).filter((m) => m.rule === 'estimative-mixed-scale')).toEqual([
      expect.objectContaining({ line: 12, column: links.indexOf('the archive') + 3 }),
    ]);
  });

  it('piped, ends each line with negated (true or false, as --json has it), the six columns before it as they were', async () => {
    const body = '## Summary\n\nA deal is not likely before spring. War is likely. Peace is hardly\nprobable, and talks are\tunlikely.\n';
    const dir = makeTree({ 'n.md': briefText({ body }) });
    const r = await runCli(['judgments', '--dir', dir]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows).toEqual([
      ['n', '9', '5', 'likely', 'Summary', 'A deal is not likely before spring.', 'true'],
      ['n', '9', '5', 'likely', 'Summary', 'War is likely.', 'false'],
      ['n', '10', '5', 'probable', 'Summary', 'Peace is hardly probable, and talks are unlikely.', 'true'],
      ['n', '10', '3', 'unlikely', 'Summary', 'Peace is hardly probable, and talks are unlikely.', 'false'],
    ]);
    // The same as the JSON's field, judgement by judgement.
    expect((await json(['judgments', '--dir', dir])).map((j) => String(j.negated))).toEqual(rows.map((row) => row[6]));
    // A hedge (band "-") has the column too.
    const hedged = await runCli(['judgments', '--dir', makeTree({ 'h.md': briefText({ body: '## Summary\n\nTalks may not resume.\n' }) }), '--hedges']);
    expect(hedged.stdout).toBe('h\t9\t-\tmay\tSummary\tTalks may not resume.\tfalse\n');
  });

  it('skips a brief it cannot read, names it, and reports the others', async () => {
    const dir = makeTree({ 'good.md': briefText({ body: '## Summary\n\nA deal is likely.\n' }), 'bad.md': '---\ntitle: [unclosed\n---\n' });
    const r = await runCli(['judgments', '--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^good\t9\t5\tlikely\tSummary\tA deal is likely\.\tfalse\n$/);
    expect(r.stderr).toMatch(/bad\.md:2: .*\(skipped\)/);
  });

  it('answers to the British spelling the output uses, `brief judgements`', async () => {
    const british = await runCli(['judgements', '--dir', HOUSE, '--json']);
    expect(british.code, british.stderr).toBe(0);
    expect(british.stdout).toBe((await runCli(['judgments', '--dir', HOUSE, '--json'])).stdout);
    expect(JSON.parse(british.stdout).length).toBeGreaterThan(0);
  });

  it('names a brief filter that keeps no brief, with the closest value, in every output mode (stderr, exit 0)', async () => {
    const hint = 'brief: no briefs match --tag secuirty; did you mean security?\n';
    for (const extra of [[], ['--json'], ['--json', '--sort', 'band']]) {
      const r = await runCli(['judgments', '--dir', HOUSE, '--tag', 'secuirty', ...extra]);
      expect(r, extra.join(' ')).toMatchObject({ code: 0, stderr: hint, stdout: extra.length > 0 ? '[]\n' : '' });
    }
    expect((await runCli(['judgments', '--dir', HOUSE, '--since', '2027'])).stderr).toBe('brief: no briefs match --since 2027; the newest brief is dated 2025-03-06\n');
    expect((await runCli(['judgments', '--dir', HOUSE, '--tag', 'water', '--tag', 'oil'])).stderr)
      .toBe('brief: no briefs match --tag water and --tag oil together; each alone matches some brief\n');
    // Briefs that pass the filters but hold no such judgement: the filters are not why; the term and band asked for are named.
    expect((await runCli(['judgments', '--dir', HOUSE, '--tag', 'water', '--term', 'remote'])).stderr).toBe('brief: no estimative judgements found with --term remote\n');
    expect((await runCli(['judgments', '--dir', HOUSE, '--tag', 'water', '--term', 'almost certain', '--band', 'hedge'])).stderr)
      .toBe('brief: no estimative judgements found with --term "almost certain" --band hedge\n');
  });

  it('a brief named that cannot be read is named once, with nothing after that blames the briefs', async () => {
    const dir = makeTree({ 'good.md': briefText({ body: '## Summary\n\nA deal is likely.\n' }), 'bad-yaml.md': '---\ntitle: [unclosed\n---\n' });
    for (const extra of [[], ['--json']]) {
      const r = await runCli(['judgments', '--dir', dir, 'bad-yaml', ...extra]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(`brief: ${join(dir, 'bad-yaml.md')}:2: YAML: unexpected end of the stream within a flow collection (skipped)\n`);
    }
  });

  it('--json validates against `brief schema judgments`', async () => {
    const schema = JSON.parse((await runCli(['schema', 'judgments'])).stdout);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const found = await json(['judgments', 'briefs', HOUSE]);
    expect(found.length).toBeGreaterThan(20);
    expect(validate(found), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...found[0], band: 8 }])).toBe(false);
    const hedged = await json(['judgments', '--hedges', HOUSE]);
    expect(hedged.some((j) => j.kind === 'hedge')).toBe(true);
    expect(validate(hedged), JSON.stringify(validate.errors)).toBe(true);
  });

  it('fits every line to a narrow terminal: the brief line, each judgement\'s line, and the chart', async () => {
    for (const columns of [40, 60]) {
      const r = await runCli(['judgments', '--hedges', 'briefs', HOUSE], { tty: { columns } });
      expect(r.code).toBe(0);
      const lines = visible(r.stdout).trimEnd().split('\n');
      for (const line of lines) expect(line.length, `${columns}: ${line}`).toBeLessThanOrEqual(columns);
      // Nothing is lost to the wrap: the brief's whole title, the judgement's band and section, every band's row.
      const text = lines.join(' ').replace(/ +/g, ' ');
      expect(text).toContain('baltic-cable-sabotage Undersea Cable Damage in the Baltic Sea');
      expect(text).toContain('24 almost no chance band 1, 1-5% frontmatter, scenario 3');
      const chart = lines.slice(lines.indexOf('Bands used') + 1);
      expect(chart.map((row) => /^ {2}([1-7-]) /.exec(row)?.[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '-']);
      expect(chart[4]).toMatch(/^ {2}5 {2}likely\b.* 55-80% +\d+ █+$/);
    }
  });

  it('cuts a sentence too long to read to the words around its term: a run-on paragraph does not multiply the output', async () => {
    // One sentence of 3,000 judgements: printed whole with each, 3,000 copies of 80 KB.
    const runOn = Array.from({ length: 3000 }, (_, i) => `the ${i % 2 === 0 ? 'likely' : 'unlikely'} outcome ${i}`).join(', ');
    const dir = makeTree({ 'briefs/run-on.md': briefText({ body: `## Analysis\n\nShort and likely. Then ${runOn}.\n` }) });
    const found = await json(['judgments', '--dir', `${dir}/briefs`]);
    expect(found).toHaveLength(3001);
    expect(found[0]!.sentence).toBe('Short and likely.');
    for (const j of found.slice(1)) {
      const sentence = j.sentence as string;
      expect(sentence.length, sentence).toBeLessThanOrEqual(402);
      expect(sentence).toContain(j.text);
    }
    expect(found[1]!.sentence).toMatch(/^Then the likely outcome 0, .*…$/);
    expect(found[1500]!.sentence).toMatch(/^….* outcome 1499, .*…$/);
    const piped = await runCli(['judgments', '--dir', `${dir}/briefs`]);
    expect(piped.stdout.length).toBeLessThan(3001 * 500);
    const terminal = await runCli(['judgments', '--dir', `${dir}/briefs`], { tty: { columns: 80 } });
    expect(terminal.stdout.length).toBeLessThan(3001 * 700);
  });

  it('reads a paragraph of 150,000 terms: no array of them is spread into a call, past the stack\'s limit', async () => {
    const lines = Array.from({ length: 15 }, () => Array.from({ length: 10_000 }, () => 'likely').join(' '));
    const dir = makeTree({ 'briefs/huge.md': briefText({ body: `## Analysis\n\nA remote chance, then ${lines.join('\n')}.\n` }) });
    const r = await runCli(['judgments', '--band', '1', '--dir', `${dir}/briefs`]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^huge\t9\t1\tremote\tAnalysis\tA remote chance, then likely likely .*…\tfalse\n$/);
    // All of them, held to be sorted.
    const sorted = await runCli(['judgments', '--sort', 'band', '--json', 'term', '--dir', `${dir}/briefs`]);
    expect(sorted).toMatchObject({ code: 0, stderr: '' });
    const terms = JSON.parse(sorted.stdout).map((j: { term: string }) => j.term);
    expect(terms).toHaveLength(150_001);
    expect(terms[0]).toBe('remote');
  }, 60_000);

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
