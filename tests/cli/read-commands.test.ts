import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRIEFS, makeTree, runCli } from '../helpers/cli.js';

const SEED = 'istanbul-talks';
const shipped = readdirSync(BRIEFS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));

const FIXED_KEYS = ['schemaVersion', 'id', 'path', 'title', 'date', 'author', 'source', 'region', 'tags', 'status',
  'keyQuestion', 'summary', 'sections', 'scenarios', 'recommendations', 'conclusion'];

describe('export --format json matches contract §5 for every shipped brief', () => {
  it.each(shipped)('%s', async (id) => {
    const r = await runCli(['export', id, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const b = JSON.parse(r.stdout);
    for (const key of FIXED_KEYS) expect(b).toHaveProperty(key);
    expect(b.schemaVersion).toBe(1);
    expect(b.id).toBe(id);
    expect(b.path).toBe(`briefs/${id}.md`);
    expect(b.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(['draft', 'review', 'published']).toContain(b.status);
    for (const list of [b.author, b.region, b.tags]) expect(list.every((x: unknown) => typeof x === 'string')).toBe(true);
    expect(b.author.length).toBeGreaterThan(0);
    expect(typeof b.summary).toBe('string');
    expect(b.summary.length).toBeGreaterThan(0);
    for (const s of b.sections) expect(Object.keys(s)).toEqual(['heading', 'kind', 'text']);
    for (const s of b.scenarios) {
      expect(s.label).toMatch(/^(?:[A-Z]|\d+)$/);
      expect(s.likelihood === null || typeof s.likelihood === 'string').toBe(true);
      expect(Array.isArray(s.indicators)).toBe(true);
    }
    for (const rec of b.recommendations) expect(Object.keys(rec).slice(0, 3)).toEqual(['text', 'done', 'group']);
    // Plain text: no Markdown emphasis, link or heading syntax left in text fields.
    const texts = [b.summary, ...b.sections.map((s: { text: string }) => s.text), ...b.scenarios.map((s: { text: string }) => s.text)];
    for (const t of texts) expect(t).not.toMatch(/\*\*|\]\(|^#+ /m);
    // --json is the same as --format json, and show/summary --json print the same object.
    expect((await runCli(['export', id, '--json'])).stdout).toBe(r.stdout);
    expect((await runCli(['summary', id, '--json'])).stdout).toBe(r.stdout);
    expect((await runCli(['show', id, '--json'])).stdout).toBe(r.stdout);
  });

  it('gives the seed brief its exact metadata, scenarios and recommendations', async () => {
    const b = JSON.parse((await runCli(['export', SEED, '--json'])).stdout);
    expect(b).toMatchObject({
      title: 'Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul',
      date: '2025-11-08', author: ['Mohsen Mowahed'], source: 'DID Press', status: 'published',
      region: ['Afghanistan', 'Pakistan'],
    });
    expect(b.scenarios.map((s: { label: string; title: string }) => `${s.label} ${s.title}`)).toEqual([
      'A Return to the Negotiating Table with Strong Monitoring',
      'B Limited Agreement and Localized Ceasefires',
      'C Escalation of Border Clashes and Diplomatic Collapse',
      'D Greater Involvement of Regional Actors',
    ]);
    expect(b.recommendations).toHaveLength(4);
    expect(b.recommendations.every((r: { done: boolean; group: null }) => r.done === false && r.group === null)).toBe(true);
    expect(b.sections.map((s: { kind: string }) => s.kind)).toEqual(['section', 'section', 'scenarios', 'recommendations', 'conclusion']);
    expect(b.conclusion).toMatch(/^The failed Istanbul talks/);
    expect(JSON.stringify(b)).not.toMatch(/Leave a Reply|Back to top/);
  });

  it('reads the CRLF brief with a datetime date and Scenario-prefixed keys', async () => {
    const b = JSON.parse((await runCli(['export', 'sahel-grain-corridor', '--json'])).stdout);
    expect(b.date).toBe('2026-05-04');
    expect(b.tags).toEqual(['food-security', 'trade', 'climate']);
    expect(b.scenarios.map((s: { likelihood: string }) => s.likelihood)).toEqual(['55%', '30%', '15%']);
    expect(b.summary).toMatch(/^A poor harvest/);
  });

  it('reads numeric labels and grouped task lists', async () => {
    const b = JSON.parse((await runCli(['export', 'baltic-cable-sabotage', '--json'])).stdout);
    expect(b.scenarios.map((s: { label: string }) => s.label)).toEqual(['1', '2', '3']);
    expect(b.recommendations.map((r: { done: boolean; group: string }) => [r.group, r.done])).toEqual([
      ['Immediate', true], ['Immediate', false], ['Within a year', false], ['Within a year', false]]);
  });
});

describe('reading commands', () => {
  it('scenario C prints only the escalation scenario', async () => {
    const r = await runCli(['scenario', SEED, 'C']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Scenario C: Escalation of Border Clashes and Diplomatic Collapse');
    expect(r.stdout).toContain('worst case');
    expect(r.stdout).not.toMatch(/Negotiating Table|Localized|Regional Actors/);
  });

  it('scenario labels match case-insensitively, and --json prints one element', async () => {
    const r = await runCli(['scenario', SEED, 'c', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ label: 'C', title: 'Escalation of Border Clashes and Diplomatic Collapse' });
  });

  it('scenario without a label lists labels and titles, one per line', async () => {
    const r = await runCli(['scenario', SEED]);
    expect(r.stdout.trim().split('\n').map((l) => l.split('\t')[0])).toEqual(['A', 'B', 'C', 'D']);
    const all = JSON.parse((await runCli(['scenario', SEED, '--json'])).stdout);
    expect(all).toHaveLength(4);
  });

  it('recommendations prints four lines starting [ ]', async () => {
    const r = await runCli(['recommendations', SEED]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.startsWith('[ ] '))).toBe(true);
    expect(lines[0]).toBe('[ ] Establish internationally monitored border mechanisms with neutral mediators.');
  });

  it('recommendations --markdown prints a GitHub task list with groups', async () => {
    const r = await runCli(['recommendations', 'baltic-cable-sabotage', '--markdown']);
    expect(r.stdout).toMatch(/^### Immediate\n\n- \[x\] Share incident data/);
    expect(r.stdout).toContain('### Within a year\n\n- [ ] Fund standby');
  });

  it('summary gives title, date, author, key question, summary and overviews', async () => {
    const r = await runCli(['summary', SEED]);
    expect(r.code).toBe(0);
    for (const part of ['Bilateral Ties Uncertain', '2025-11-08', 'Mohsen Mowahed', 'Key question:', 'The third round of Taliban-Pakistan talks',
      'Scenarios', 'A  Return to the Negotiating Table', 'Recommendations', '[ ] Establish']) {
      expect(r.stdout).toContain(part);
    }
  });

  it('show when piped prints key/value metadata lines and the Markdown body, without colour', async () => {
    const r = await runCli(['show', SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'title:\tBilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul', 'date:\t2025-11-08', 'author:\tMohsen Mowahed']);
    expect(r.stdout).toContain('### C) Escalation of Border Clashes');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('show when piped names the author field `author` for several authors too, as the contract lists it', async () => {
    const dir = makeTree({ 'two.md': '---\ntitle: Two authors\ndate: 2025-03-01\nauthor: [Ana Ruiz, Bo Li]\n---\n\nText.\n' });
    const r = await runCli(['show', 'two', '--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain('author:\tAna Ruiz, Bo Li');
    // A terminal says "Authors"; a script greps one key.
    expect(r.stdout).not.toMatch(/^authors:/m);
  });

  it('export --format text gives plain text with scenarios, likelihoods and indicators', async () => {
    const r = await runCli(['export', 'baltic-cable-sabotage']);
    expect(r.stdout).toMatch(/^Undersea Cable Damage in the Baltic Sea\n=+\n\nDate: 2026-02-16\n/);
    expect(r.stdout).toContain('Scenario 2: Deniable, deliberate damage\nLikelihood: unlikely\nImpact: High');
    expect(r.stdout).toContain('Indicators:\n- Incidents cluster around energy interconnectors');
    expect(r.stdout).not.toMatch(/\*\*|^#+ /m);
  });

  it('accepts a path instead of an id', async () => {
    const r = await runCli(['summary', 'briefs/istanbul-talks.md', '--json']);
    expect(JSON.parse(r.stdout).path).toBe('briefs/istanbul-talks.md');
  });

  it('with no arguments shows an overview and exits 0; --version prints the version', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: brief');
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each(['list', 'show', 'summary', 'scenario', 'recommendations', 'export'])('%s --help has examples', async (cmd) => {
    const r = await runCli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ brief /);
  });
});

describe('an empty --json value', () => {
  // A script's `--json="$FIELDS"` with FIELDS empty asks for JSON: it must not get text.
  it.each([
    ['list'], ['show', SEED], ['summary', SEED], ['scenario', SEED], ['recommendations', SEED], ['export', SEED],
    ['judgments'], ['indicators'], ['search', 'border'], ['diff', SEED, SEED],
  ])('%s prints every field, as a bare --json does', async (...args) => {
    const bare = await runCli([...args, '--json']);
    expect(bare.code, bare.stderr).toBe(0);
    expect(() => JSON.parse(bare.stdout)).not.toThrow();
    for (const empty of [['--json='], ['--json', '']]) {
      const r = await runCli([...args, ...empty]);
      expect(r, `${args.join(' ')} ${empty.join(' ')}`).toEqual(bare);
    }
  });
});
