/** `brief search`: ranking, phrases and fields, grep's exit codes, JSON against its schema, highlighting only on a terminal. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT, runCli, visible } from '../helpers/cli.js';

const front = (title: string, extra = '') => `---\ntitle: ${title}\ndate: 2025-06-01\nauthor: Analyst\n${extra}---\n\n`;
const body = (analysis: string, scenario = 'Text.', rec = 'Act.') =>
  `## Analysis\n\n${analysis}\n\n## Scenarios\n\n### A. ${scenario}\n\nThe scenario text.\n\n## Recommendations\n\n- ${rec}\n`;

/** Four briefs: "corridor" in one's title, in another's body (three times), a phrase, fields. */
const dir = makeTree({
  'body-heavy.md': front('Harvest outlook', 'tags: [trade]\n') + body('The corridor is open. The corridor is busy. The corridor is long.'),
  'in-title.md': front('The Grain Corridor', 'tags: [food-security]\n') + body('Prices rise after the harvest.'),
  'phrase.md': front('Border talks', 'tags: [security]\n') + body('Both sides want monitored border\nmechanisms with neutral mediators.', 'Escalation at the border', 'Fund neutral monitors at the border.'),
  'apart.md': front('Another border', 'tags: [security, trade]\n') + body('The border has a mechanism of sorts.'),
});

async function search(args: string[]) {
  return runCli(['search', ...args, '--dir', dir]);
}

async function ids(args: string[]): Promise<string[]> {
  const r = await search([...args, '--json']);
  return r.code === 0 ? JSON.parse(r.stdout).map((m: { id: string }) => m.id) : [];
}

describe('brief search', () => {
  it('ranks a title match above a body match, stably', async () => {
    expect(await ids(['corridor'])).toEqual(['in-title', 'body-heavy']);
    expect(await ids(['corridor'])).toEqual(await ids(['Corridors']));
  });

  it('matches a phrase only with its words next to each other (over a line break too)', async () => {
    expect(await ids(['"border mechanism"'])).toEqual(['phrase']);
    expect((await ids(['border', 'mechanism'])).sort()).toEqual(['apart', 'phrase']);
    const [hit] = JSON.parse((await search(['"border mechanisms"', '--json'])).stdout)[0].hits;
    expect(hit).toMatchObject({ field: 'section', section: 'Analysis', line: 10 });
    const source = readFileSync(join(dir, 'phrase.md'), 'utf8').split('\n');
    expect(source[hit.line - 1]).toContain('border');
  });

  it('keeps scenario:, rec:, title: and tag: to their fields', async () => {
    expect(await ids(['scenario:escalation'])).toEqual(['phrase']);
    expect(await ids(['escalation', 'rec:monitors'])).toEqual(['phrase']);
    expect(await ids(['rec:escalation'])).toEqual([]);
    expect((await ids(['title:border'])).sort()).toEqual(['apart', 'phrase']);
    expect((await ids(['tag:security'])).sort()).toEqual(['apart', 'phrase']);
    // A tag matches whole: tag:security is not food-security.
    expect(await ids(['tag:food-security'])).toEqual(['in-title']);
    const r = await search(['scenario:escalation', '--json']);
    expect(JSON.parse(r.stdout)[0].hits[0]).toMatchObject({ field: 'scenario', scenario: 'A', line: 15 });
  });

  it('exits 1 with a message on stderr when nothing matches, as grep', async () => {
    expect(await search(['zeppelin'])).toEqual({ code: 1, stdout: '', stderr: 'brief: no brief matches zeppelin\n' });
    const r = await search(['zeppelin', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('refuses a bad query with exit 2', async () => {
    expect(await search(['author:smith'])).toMatchObject({ code: 2, stdout: '' });
    expect((await search(['"unclosed'])).stderr).toMatch(/^brief: the quote in "unclosed is not closed\n$/);
    expect((await search(['x', '--limit', 'many'])).code).toBe(2);
  });

  it('filters briefs as list does, and --limit caps the briefs shown (stderr says how many matched)', async () => {
    expect((await ids(['border', '--tag', 'trade']))).toEqual(['apart']);
    const r = await search(['border', '--limit', '1']);
    expect(r.code).toBe(0);
    expect(new Set(r.stdout.trimEnd().split('\n').map((l) => l.split('\t')[0])).size).toBe(1);
    expect(r.stderr).toBe('brief: 1 of 2 matching briefs shown; --limit 0 shows all\n');
  });

  it('names the brief filter that kept no brief, with the closest value; else says the query matched nothing', async () => {
    expect(await search(['border', '--tag', 'secuirty'])).toEqual({ code: 1, stdout: '', stderr: 'brief: no briefs match --tag secuirty; did you mean security?\n' });
    // The filter keeps briefs; the query finds nothing in them.
    expect(await search(['zeppelin', '--tag', 'security'])).toEqual({ code: 1, stdout: '', stderr: 'brief: no brief matches zeppelin\n' });
    expect((await search(['""'])).stderr).toBe('brief: the query has no words to search for; give a word, a "quoted phrase" or field:word\n');
  });

  it('prints id, line, field, section and text per hit when piped, without escape codes unless --color always', async () => {
    const r = await search(['"neutral monitors"']);
    expect(r.stdout).toBe('phrase\t21\trecommendation\tRecommendations\tFund neutral monitors at the border.\t\n');
    const coloured = await search(['"neutral monitors"', '--color', 'always']);
    expect(coloured.stdout).toMatch(/\u001b\[[0-9;]*mneutral\u001b\[/);
    expect(visible(coloured.stdout)).toBe(r.stdout);
  });

  it('highlights the match on a terminal, and piped only with --color always', async () => {
    const r = await runCli(['--color', 'always', 'search', 'mediators', '--dir', dir], { tty: { columns: 80 } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\u001b\[[0-9;]*mmediators\u001b\[/);
    expect(visible(r.stdout)).toContain('mechanisms with neutral mediators.');
    const piped = await search(['mediators']);
    expect(piped.stdout).not.toMatch(/\u001b/);
  });

  it('fits every line to a narrow terminal: the brief line, each hit\'s place, and the note of hits left out', async () => {
    for (const columns of [40, 60]) {
      const r = await runCli(['search', 'border', '--color', 'always'], { tty: { columns } });
      expect(r.code).toBe(0);
      const lines = visible(r.stdout).trimEnd().split('\n');
      for (const line of lines) expect(line.length, `${columns}: ${line}`).toBeLessThanOrEqual(columns);
      const text = lines.join(' ').replace(/ +/g, ' ');
      expect(text).toContain('istanbul-talks Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul');
      expect(text).toContain('45 section: Background: two competing views of security');
      expect(text).toMatch(/\(\d+ more in this brief; --json lists them all\)/);
      // A style ends on the line it starts on: no line begins inside another's colour.
      for (const line of r.stdout.split('\n')) expect(line.startsWith('\u001b[22m'), JSON.stringify(line)).toBe(false);
    }
  });

  it('--json validates against `brief schema search`, matches pointing into the snippet', async () => {
    const schema = JSON.parse((await runCli(['schema', 'search'])).stdout);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    for (const query of [['border'], ['"border mechanism"'], ['tag:security', 'border'], ['harvest']]) {
      const out = JSON.parse((await search([...query, '--json'])).stdout);
      expect(out.length).toBeGreaterThan(0);
      expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
      for (const result of out) {
        for (const hit of result.hits) {
          for (const [a, b] of hit.matches) expect(hit.snippet.slice(a, b).toLowerCase()).toMatch(/^(?:border|mechanism|security|harvest)s?$/);
        }
      }
    }
    expect(validate([{ id: 'x', path: 'x', title: 'x', date: null, score: 1, hits: [] }])).toBe(false);
  });

  it('a field with no word after it is a bad query (exit 2), not a search for the field\'s name', async () => {
    for (const query of [['title:'], ['title:', 'corridor'], ['rec:""', 'border'], ['tag:*']]) {
      const r = await search(query);
      expect(r, query.join(' ')).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toMatch(/^brief: "(title|rec|tag):" has no word to search for; write the word right after the colon, as \1:word\n$/);
    }
    // A word that only ends with a colon, and is no field, is still a word.
    expect(await ids(['harvest:'])).toEqual(['body-heavy', 'in-title']);
  });

  it('folds accents in a prefix as in a word: médiat* finds "Médiation" and "mediation"', async () => {
    const fr = makeTree({
      'fr.md': `${front('Médiation au Sahel')}## Analyse\n\nLa médiation régionale continue.\n`,
      'en.md': `${front('Talks')}## Analysis\n\nThe mediation goes on.\n`,
    });
    const found = async (query: string) => JSON.parse((await runCli(['search', query, '--dir', fr, '--json'])).stdout).map((m: { id: string }) => m.id).sort();
    expect(await found('médiat*')).toEqual(['en', 'fr']);
    expect(await found('MÉDIAT*')).toEqual(['en', 'fr']);
    expect(await found('régional*')).toEqual(['fr']);
    const r = await runCli(['search', 'médiat*', '--dir', fr]);
    expect(r.stdout).toContain('fr\t2\ttitle\t\tMédiation au Sahel\t\n');
  });

  it('a match in a word longer than the snippet is kept, on a terminal whole, its colour codes never cut', async () => {
    const word = `ceasefire${'monitoring'.repeat(17)}`;
    const dir = makeTree({ 'long.md': `${front('Long words')}## Analysis\n\nThe ${word} holds across the region.\n` });
    const [hit] = JSON.parse((await runCli(['search', 'ceasefire*', '--dir', dir, '--json'])).stdout)[0].hits;
    expect(hit.matches).toHaveLength(1);
    const [[s, e]] = hit.matches;
    expect(hit.snippet.slice(s, e)).toBe(word);
    for (let columns = 20; columns <= 40; columns += 1) {
      const r = await runCli(['--color', 'always', 'search', 'ceasefire*', '--dir', dir], { tty: { columns } });
      // Every escape is a whole colour code: a cut one would reach the terminal as a broken sequence.
      expect(r.stdout, `${columns}`).not.toMatch(/\u001b(?!\[[0-9;]*m)/);
      expect(visible(r.stdout).replace(/\n +/g, '')).toContain(word);
      for (const line of visible(r.stdout).trimEnd().split('\n')) expect(line.length, line).toBeLessThanOrEqual(columns);
    }
  });

  it('searches a scenario\'s indicators in the frontmatter, as part of the scenario', async () => {
    const r = await runCli(['search', 'scenario:Torkham', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const [match] = JSON.parse(r.stdout);
    expect(match.id).toBe('istanbul-talks');
    const source = readFileSync(join(ROOT, 'briefs/istanbul-talks.md'), 'utf8').split('\n');
    expect(match.hits).toEqual([expect.objectContaining({ field: 'scenario', scenario: 'B', section: null, snippet: 'Local ceasefire arrangements around trade crossings such as Torkham' })]);
    expect(source[match.hits[0].line - 1]).toContain('Torkham');
    // Written as { text, status, ... }, it is found by its text.
    const dir = makeTree({ 'x.md': `${front('Watch', 'scenarios:\n  A:\n    indicators:\n      - { text: Convoys resume at Malanville, status: observed }\n')}${body('Text.')}` });
    const piped = await runCli(['search', 'malanville', '--dir', dir]);
    expect(piped).toMatchObject({ code: 0, stdout: 'x\t8\tscenario\t\tConvoys resume at Malanville\tA\n' });
  });

  it('reads a code block inside a scenario as part of that scenario, as `brief scenario` shows it', async () => {
    // `<!--` in code is text, not a comment hiding the lines after it.
    const text = `${front('Code')}## Scenarios\n\n### A. Talks\n\nThe scenario text.\n\n\`\`\`\nconvoy schedule <!-- html\n<b>depot</b>\n\`\`\`\n\n## Analysis\n\nOther text.\n`;
    const dir = makeTree({ 'code.md': text });
    const r = await runCli(['search', 'scenario:convoy', '--json', '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].hits).toEqual([expect.objectContaining({ field: 'scenario', scenario: 'A', line: 14, snippet: 'convoy schedule <!-- html' })]);
    const tag = await runCli(['search', 'scenario:depot', '--json', '--dir', dir]);
    expect(JSON.parse(tag.stdout)[0].hits).toEqual([expect.objectContaining({ line: 15, snippet: '<b>depot</b>' })]);
  });

  it('shows the same briefs, scores and lines whether it keeps every brief\'s lines (--limit 0) or reads the shown again', async () => {
    const corpus = join(ROOT, 'tests/fixtures');
    for (const query of [['border'], ['"the border"'], ['scenario:escalat*'], ['likely', 'rec:monitor*'], ['tag:security'], ['ceasefire']]) {
      const all = await runCli(['search', ...query, '--dir', corpus, '--limit', '0', '--json']);
      expect(all.code, query.join(' ')).toBe(0);
      const everything = JSON.parse(all.stdout);
      for (const limit of ['1', '3', '5', '20']) {
        const r = await runCli(['search', ...query, '--dir', corpus, '--limit', limit, '--json']);
        expect(JSON.parse(r.stdout), `${query.join(' ')} --limit ${limit}`).toEqual(everything.slice(0, Number(limit)));
      }
    }
  });

  it('leaves out, and names, a brief shown that changed after the scan so that it no longer matches', async () => {
    const { rereadHits } = await import('../../src/cli/search-hits.js');
    const { parseQuery } = await import('../../src/search/query.js');
    const { testIO } = await import('../../src/cli/test-io.js');
    const changed = makeTree({ 'still.md': front('Still') + body('The corridor holds.'), 'gone.md': front('Gone') + body('Nothing here now.') });
    const query = { clauses: parseQuery('corridor'), filter: {}, withHits: false };
    const shown = ['still', 'gone', 'missing'].map((id, i) => ({ brief: { id, path: join(changed, `${id}.md`), title: id, date: null }, score: 3 - i, hits: [] }));
    const io = testIO();
    const kept = rereadHits(shown, query, { io });
    expect(kept.map((m) => [m.brief.id, m.score, m.hits.map((h) => h.line)])).toEqual([['still', 3, [9]]]);
    expect(io.stderr).toBe(`brief: ${join(changed, 'gone.md')}: changed during the search and no longer matches (skipped)\n`
      + `brief: ${join(changed, 'missing.md')}:1: no such file (skipped)\n`);
  });

  it('reads a task\'s box as no word: `search x` does not find every checked recommendation', async () => {
    const tasks = makeTree({ 'tasks.md': front('Tasks') + '## Recommendations\n\n- [x] Share incident data.\n- [ ] Fund monitors.\n1. [X] Recall the envoy.\n' });
    expect(await runCli(['search', 'x', '--dir', tasks])).toMatchObject({ code: 1, stdout: '' });
    const r = await runCli(['search', 'incident', '--dir', tasks]);
    expect(r.stdout).toBe('tasks\t9\trecommendation\tRecommendations\tShare incident data.\t\n');
  });

  it('gives --json match offsets in code points, as jq slices strings, after an emoji too', async () => {
    const dir = makeTree({ 'emoji.md': `${front('Markets')}## Analysis\n\nThe 🌍 world 𝔘 cocoa market and cocoa prices.\n` });
    const [hit] = JSON.parse((await runCli(['search', 'cocoa', '--dir', dir, '--json'])).stdout)[0].hits;
    expect(hit.matches).toHaveLength(2);
    const points = Array.from(hit.snippet as string);
    for (const [a, b] of hit.matches) expect(points.slice(a, b).join('')).toBe('cocoa');
  });

  it('matches what a reader sees: never text inside an escape sequence, and snippets carry none', async () => {
    // The title in YAML's escapes (\e, \a), as a brief can carry them; the body with the characters themselves.
    const evil = makeTree({ 'evil.md': `${front('"Evil \\e[2J Title \\e]8;;http://pwned.example\\alink\\e]8;;\\a"')}## Analysis\n\nThe \u001b]0;pwned\u0007 corridor holds.\n` });
    for (const word of ['http', 'pwned', '2J']) expect((await runCli(['search', word, '--dir', evil])).code, word).toBe(1);
    const [match] = JSON.parse((await runCli(['search', 'corridor', '--dir', evil, '--json'])).stdout);
    expect(match.hits[0].snippet).toBe('The corridor holds.');
    const title = JSON.parse((await runCli(['search', 'title:link', '--dir', evil, '--json'])).stdout)[0].hits[0];
    expect(title.snippet).not.toMatch(/[\u0000-\u001f]/);
  });

  it('reads a quoted summary as YAML reads it: no escapes in its snippets', async () => {
    const dir = makeTree({
      'double.md': `${front('Talks', 'summary: "Officials said \\"a deal is likely\\" but we judge a deal\n  unlikely.\\tNext."\n')}${body('Text.')}`,
      'single.md': `${front('Talks', "summary: 'It''s a deal, or nearly.'\n")}${body('Text.')}`,
    });
    const hits = async (query: string) => JSON.parse((await runCli(['search', query, '--dir', dir, '--json'])).stdout)
      .flatMap((m: { hits: Array<{ line: number; snippet: string }> }) => m.hits.map((h) => [h.line, h.snippet]));
    expect(await hits('summary:deal')).toEqual([[5, 'Officials said "a deal is likely" but we judge a deal'], [5, "It's a deal, or nearly."]]);
    expect(await hits('summary:next')).toEqual([[6, 'unlikely. Next.']]);
  });

  it('searches the shipped briefs by default', async () => {
    const r = await runCli(['search', '"border mechanisms"', '--json']);
    expect(JSON.parse(r.stdout).map((m: { id: string }) => m.id)).toEqual(['istanbul-talks']);
  });
});
