/**
 * `brief diff`, `--check` and `lint --since` on a brief revised three times in a git repository
 * made here, as an analyst's desk keeps one: a likelihood raised with a note saying why, a
 * scenario added, a recommendation checked off, and at last a move nobody explained.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree, runCli, runInTerminal, visible } from '../helpers/cli.js';

const FRONT = (scenarios: string, extra = '') => `---
title: Shipping Risks in the Strait of Hormuz
date: 2026-01-05
author: A. Analyst
status: review
key_question: Will commercial shipping through the Strait of Hormuz be disrupted this quarter?
summary: >-
  Harassment of tankers has grown since the autumn, but the main shipping lanes stay open and
  insurers have not withdrawn cover.
${extra}scenarios:
${scenarios}
---
`;

const BODY = (scenarios: string, recs: string, tail = '') => `
# Shipping Risks in the Strait of Hormuz

## Background

Tanker seizures and drone incidents rose over the autumn.

## Scenarios

${scenarios}
## Recommendations

${recs}
## Conclusion

The lanes stay open, and the risk is in the incidents that insurers price.
${tail}`;

const SCENARIOS_V1 = `### A. Shipping continues under harassment

Seizures continue at the present rate.

### B. Insurers withdraw cover

War-risk premiums become unaffordable for smaller operators.

### C. Naval escort regime

A coalition escorts convoys through the strait.
`;

const RECS_V1 = `- [ ] Brief the shipping desk weekly on incidents.
- [ ] Map alternative routes through the Red Sea ports.
`;

/** v1: the first published version. */
const V1 = FRONT(`  A: {likelihood: likely, indicators: [More tanker seizures]}
  B: {likelihood: unlikely}
  C: {likelihood: unlikely}`) + BODY(SCENARIOS_V1, RECS_V1);

/** v2: C raised two steps, with a changes: entry naming it; a recommendation checked off; the summary reworded. */
const V2 = FRONT(`  A: {likelihood: likely, indicators: [More tanker seizures]}
  B: {likelihood: unlikely}
  C: {likelihood: likely}`, `changes:
  - {date: 2026-02-02, scenario: C, note: Three navies announced a joint escort mission}
`).replace('have not withdrawn cover', 'have started to raise premiums') + BODY(SCENARIOS_V1, RECS_V1.replace('- [ ] Brief', '- [x] Brief'));

/** v3: scenario D added, an indicator added to A, B raised and explained under "What changed", a recommendation reworded. */
const SCENARIOS_V3 = `${SCENARIOS_V1}
### D. Closure of the strait

Mines or a blockade stop traffic for days.
`;
const V3 = FRONT(`  A: {likelihood: likely, indicators: [More tanker seizures, Drone strikes on port infrastructure]}
  B: {likelihood: "very likely"}
  C: {likelihood: likely}
  D: {likelihood: "3%"}`, `changes:
  - {date: 2026-02-02, scenario: C, note: Three navies announced a joint escort mission}
`).replace('have not withdrawn cover', 'have started to raise premiums')
  + BODY(SCENARIOS_V3, RECS_V1.replace('- [ ] Brief', '- [x] Brief').replace('Map alternative routes through the Red Sea ports', 'Map alternative routes through Red Sea and Omani ports'),
    '\n## What changed\n\n- Scenario B is now very likely: two insurers withdrew cover in March.\n');

/** v4: A lowered one step, and nothing new says why (the old notes explained earlier moves). */
const V4 = V3.replace('A: {likelihood: likely,', 'A: {likelihood: roughly even chance,');

let repo: string;
const BRIEF = 'briefs/hormuz-shipping.md';

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: repo, GIT_CONFIG_NOSYSTEM: '1' } });
}

function commit(text: string, message: string): void {
  writeFileSync(join(repo, BRIEF), text);
  git('add', '-A');
  git('commit', '-qm', message);
}

const brief = (...args: string[]) => runCli(args, { cwd: repo });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'brief-diff-'));
  git('init', '-q');
  mkdirSync(join(repo, 'briefs'));
  for (const [text, message] of [[V1, 'first version'], [V2, 'escorts announced'], [V3, 'insurers withdraw; closure scenario'], [V4, 'harassment eases']] as const) {
    commit(text, message);
  }
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('a brief revised three times', () => {
  it('is a clean brief at every step (lint finds no errors), so what lint --since adds is its own', async () => {
    const r = await brief('lint', BRIEF);
    expect(r.code, r.stdout).toBe(0);
  });

  it('v1 -> v2: C up two steps and explained; a recommendation checked off; the summary word diff as git prints it', async () => {
    const r = await brief('diff', 'hormuz-shipping@HEAD~3', 'hormuz-shipping@HEAD~2');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('hormuz-shipping@HEAD~3 -> hormuz-shipping@HEAD~2');
    expect(r.stdout).toContain('\nSummary\n  ... lanes stay open and insurers have [-not withdrawn cover.-]{+started to raise premiums.+}\n');
    expect(lines).toContain('  C  unlikely -> likely  (up two steps)');
    expect(lines).toContain('  checked off  [x] Brief the shipping desk weekly on incidents.');
    // Nothing else moved.
    expect(r.stdout).not.toMatch(/^ {2}[AB] /m);
    expect(r.stdout).not.toContain('not explained');
    expect(await brief('diff', 'hormuz-shipping@HEAD~3', 'hormuz-shipping@HEAD~2', '--check')).toMatchObject({ code: 0, stdout: '' });
  });

  it('v2 -> v3: D added, A gains an indicator, B up three steps explained under "What changed", a recommendation reworded', async () => {
    const r = await brief('diff', 'hormuz-shipping@HEAD~2', 'hormuz-shipping@HEAD~1');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('  B  unlikely -> very likely  (up three steps)');
    expect(lines).toContain('  D  added: Closure of the strait (3%)');
    expect(lines).toContain('  A  indicator added: Drone strikes on port infrastructure');
    expect(lines).toContain('  reworded     [ ] Map alternative routes through [-the-] Red Sea {+and Omani+} ports.');
    // The escort note of v2 is still there, but C did not move: nothing to explain.
    expect(r.stdout).not.toContain('  C ');
    expect(await brief('diff', 'hormuz-shipping@HEAD~2', 'hormuz-shipping@HEAD~1', '--check')).toMatchObject({ code: 0, stdout: '' });
  });

  it('v3 -> v4: A down one step with no new explanation: --check fails at A\'s likelihood line', async () => {
    const r = await brief('diff', 'hormuz-shipping@HEAD~1', 'hormuz-shipping@HEAD');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  A  likely -> roughly even chance  (down one step)  not explained');
    const check = await brief('diff', 'hormuz-shipping@HEAD~1', 'hormuz-shipping@HEAD', '--check');
    expect(check.code).toBe(1);
    const line = V4.split('\n').findIndex((l) => l.includes('A: {likelihood: roughly even chance')) + 1;
    expect(check.stdout).toBe(`${BRIEF}:${line}: scenario A: likelihood likely -> roughly even chance (down one step) is not explained; add a "changes:" entry naming A, or a line naming scenario A under "## What changed"\n`);
    // On a terminal the finding wraps to the width, the lines after the first hanging.
    const narrow = await runCli(['diff', 'hormuz-shipping@HEAD~1', 'hormuz-shipping@HEAD', '--check'], { cwd: repo, tty: { columns: 50 } });
    const lines = narrow.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(50);
    expect(lines.slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(check.stdout.trim());
  });

  it('v1 -> v4 at once: every move, the explained ones and the one that is not', async () => {
    const r = await brief('diff', 'hormuz-shipping@HEAD~3', 'hormuz-shipping', '--json', 'scenarios,unexplained');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { scenarios: Array<{ label: string; change: string; likelihood: { steps: number | null; explained: boolean | null } | null }>; unexplained: string[] };
    const moves = Object.fromEntries(json.scenarios.filter((s) => s.change === 'changed' && s.likelihood).map((s) => [s.label, [s.likelihood!.steps, s.likelihood!.explained]]));
    expect(moves).toEqual({ A: [-1, false], B: [3, true], C: [2, true] });
    expect(json.unexplained).toEqual(['A']);
  });

  it('reads by its id a brief deleted from the working tree since, as the revision holds it', async () => {
    const other = mkdtempSync(join(tmpdir(), 'brief-diff-gone-'));
    const run = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.invalid', '-c', 'commit.gpgsign=false', ...args],
      { cwd: other, env: { PATH: process.env.PATH, HOME: other, GIT_CONFIG_NOSYSTEM: '1' } });
    try {
      run('init', '-q');
      mkdirSync(join(other, 'briefs'));
      writeFileSync(join(other, 'briefs/gone.md'), V1);
      writeFileSync(join(other, 'briefs/kept.md'), V2);
      run('add', '-A');
      run('commit', '-qm', 'two briefs');
      rmSync(join(other, 'briefs/gone.md'));
      expect(await runCli(['diff', 'gone@HEAD', 'kept'], { cwd: other })).toMatchObject({ code: 1 });
      expect(await runCli(['diff', 'gone@HEAD', 'gone@HEAD'], { cwd: other })).toEqual({ code: 0, stdout: '', stderr: '' });
      // An id the revision does not hold either keeps the working tree's message.
      expect(await runCli(['diff', 'kep@HEAD', 'kept'], { cwd: other })).toEqual({ code: 2, stdout: '', stderr: 'brief: no brief "kep" in briefs; did you mean "kept"?\n' });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('the working tree against its own last commit: the same judgements, exit 0 and nothing printed', async () => {
    expect(await brief('diff', 'hormuz-shipping@HEAD', 'hormuz-shipping')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('lint --since reports the unexplained move, and only against a revision where it had not happened', async () => {
    const line = V4.split('\n').findIndex((l) => l.includes('A: {likelihood: roughly even chance')) + 1;
    const since = async (rev: string) => {
      const r = await brief('lint', '--since', rev, '--format', 'json');
      return { code: r.code, found: (JSON.parse(r.stdout) as Array<{ rule: string; line: number; file: string }>).filter((m) => m.rule === 'judgment-change-unexplained') };
    };
    const v3 = await since('HEAD~1');
    expect(v3.code).toBe(1);
    expect(v3.found).toEqual([expect.objectContaining({ file: `briefs${'/'}hormuz-shipping.md`, line })]);
    // Against v2, B's move is explained by the new "What changed" line; A's is still not.
    expect((await since('HEAD~2')).found.map((m) => m.line)).toEqual([line]);
    expect(await since('HEAD')).toEqual({ code: 0, found: [] });
    // Without --since the rule has nothing to compare with.
    expect((await brief('lint', '--format', 'json')).stdout).not.toContain('judgment-change-unexplained');
  });

  it('lint --since: a brief that is new since the revision has nothing to compare with', async () => {
    writeFileSync(join(repo, 'briefs/new-one.md'), V4.replace('Shipping Risks in the Strait of Hormuz', 'A New One'));
    try {
      const r = await brief('lint', 'briefs/new-one.md', '--since', 'HEAD~3', '--format', 'json');
      expect(r.code, r.stdout).toBe(0);
    } finally {
      rmSync(join(repo, 'briefs/new-one.md'));
    }
  });

  it('--json validates against `brief schema diff` at every step', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse((await runCli(['schema', 'diff'])).stdout));
    for (const [a, b] of [['HEAD~3', 'HEAD~2'], ['HEAD~2', 'HEAD~1'], ['HEAD~1', 'HEAD'], ['HEAD', 'HEAD']] as const) {
      const r = await brief('diff', `hormuz-shipping@${a}`, `hormuz-shipping@${b}`, '--json');
      const json = JSON.parse(r.stdout);
      expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
      expect(r.code).toBe(json.same ? 0 : 1);
      expect(json.old.commit).toBe(git('rev-parse', a).trim());
    }
    // An added scenario's likelihood is there, with every key of a move's, none of them a move.
    const added = JSON.parse((await brief('diff', 'hormuz-shipping@HEAD~2', 'hormuz-shipping@HEAD~1', '--json')).stdout).scenarios.find((s: { label: string }) => s.label === 'D');
    expect(added).toMatchObject({ change: 'added', likelihood: { old: null, new: '3%', steps: null, direction: null, description: null, explained: null } });
  });

  it('completes ids for both sides, and revisions after "<id>@"', async () => {
    const complete = async (...words: string[]) => (await brief('__complete', ...words)).stdout.split('\n').filter(Boolean);
    expect(await complete('diff', 'horm')).toEqual(['hormuz-shipping']);
    expect(await complete('diff', 'hormuz-shipping@HEAD~1', 'horm')).toEqual(['hormuz-shipping']);
    git('tag', 'v1', 'HEAD~3');
    const revisions = await complete('diff', 'hormuz-shipping@');
    expect(revisions).toEqual(expect.arrayContaining(['hormuz-shipping@HEAD~1', `hormuz-shipping@${git('branch', '--show-current').trim()}`, 'hormuz-shipping@v1']));
    expect(await complete('diff', 'hormuz-shipping@v')).toEqual(['hormuz-shipping@v1']);
  });

  it('colours removed and added words in a terminal, and prints no markers there', () => {
    const r = runInTerminal(['diff', 'hormuz-shipping@HEAD~3', 'hormuz-shipping@HEAD~2'], { cwd: repo, cols: 100 });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\u001b\[31mnot\u001b\[39m/);
    expect(r.stdout).toMatch(/\u001b\[32mpremiums\.\u001b\[39m/);
    const text = visible(r.stdout);
    expect(text).not.toContain('[-');
    expect(text).toContain('C  unlikely -> likely  (up two steps)');
    // Narrow: every line fits, long ones hang under their start, the columns keep their spaces.
    const narrow = visible(runInTerminal(['diff', 'hormuz-shipping@HEAD~2', 'hormuz-shipping@HEAD~1'], { cwd: repo, cols: 50 }).stdout).trimEnd().split('\n');
    for (const line of narrow) expect(line.length, line).toBeLessThanOrEqual(50);
    expect(narrow).toContain('  B  unlikely -> very likely  (up three steps)');
    expect(narrow).toContain('  A  indicator added: Drone strikes on port');
    expect(narrow).toContain('    infrastructure');
  });
});

describe('changes: in `brief schema frontmatter`', () => {
  it('accepts text and { date, scenario, note } entries, and refuses an entry without a note', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse((await runCli(['schema', 'frontmatter'])).stdout));
    const front = (changes: unknown) => ({ title: 'T', date: '2026-01-01', author: 'A', changes });
    expect(validate(front(['Raised C', { date: '2026-02-02', scenario: 'C', note: 'Escorts announced' }, { scenario: 2, note: 'x' }])), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(front('Raised C'))).toBe(true);
    for (const bad of [[{ scenario: 'C' }], [{ note: 'x', when: 'today' }], { C: 'Raised' }, [{ note: 'x', date: 'soon' }]]) {
      expect(validate(front(bad)), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('brief diff: files and errors', () => {
  it('compares two files, wherever they are', async () => {
    const dir = makeTree({ 'old.md': V1, 'new.md': V2 });
    try {
      const r = await runCli(['diff', join(dir, 'old.md'), join(dir, 'new.md')]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('  C  unlikely -> likely  (up two steps)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows a relabelled scenario with both labels, so that the label it took is not read as the removed one', async () => {
    const brief = (scenarios: string, body: string): string => `---\ntitle: Talks\ndate: 2026-01-01\nscenarios:\n${scenarios}---\n## Scenarios\n\n${body}`;
    const dir = makeTree({
      'old.md': brief('  A:\n    likelihood: likely\n  B:\n    likelihood: unlikely\n', '### Scenario A: Talks resume in Geneva\n\nText.\n\n### Scenario B: Border clashes escalate\n\nText.\n'),
      'new.md': brief('  B:\n    likelihood: likely\n', '### Scenario B: Talks resume in Geneva\n\nText.\n'),
    });
    try {
      const r = await runCli(['diff', join(dir, 'old.md'), join(dir, 'new.md')]);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('\n  A -> B  relabelled: Talks resume in Geneva\n  B       removed: Border clashes escalate (unlikely)\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['an id outside a git repository', ['x@HEAD', 'x'], /^brief: .*x\.md is not in a git repository; <id>@<rev> and --since read briefs kept in git\n$/],
  ])('%s: one line, exit 2', async (_name, args, message) => {
    const dir = makeTree({ 'briefs/x.md': V1 });
    try {
      const r = await runCli(['diff', ...args], { cwd: dir });
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toMatch(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['an unknown revision', ['hormuz-shipping@no-such-branch', 'hormuz-shipping'], /^brief: unknown git revision "no-such-branch" in [^;]+; give a commit, branch or tag of that repository \(git log --oneline lists the commits\)\n$/],
    ['a revision that would be an option', ['hormuz-shipping@--output=/tmp/x', 'hormuz-shipping'], /^brief: "--output=\/tmp\/x" is not a git revision; give a commit, branch or tag, such as HEAD~1 \(git log --oneline lists the commits\)\n$/],
    ['an unknown id', ['hormuz-shiping@HEAD', 'hormuz-shipping'], /^brief: no brief "hormuz-shiping" in briefs; did you mean "hormuz-shipping"\?\n$/],
    ['a brief not in the revision', ['new-two@HEAD', 'hormuz-shipping'], /^brief: briefs\/new-two\.md is not in revision HEAD; give a revision that has it \(git log --oneline -- briefs\/new-two\.md lists them\)\n$/],
    ['no revision after @', ['hormuz-shipping@', 'hormuz-shipping'], /^brief: "hormuz-shipping@" names no revision after "@"; .*\n$/],
    ['a brief that cannot be read', ['briefs/broken.md', 'hormuz-shipping'], /^brief: briefs\/broken\.md:1: .*\n$/],
  ])('%s: one line, exit 2', async (_name, args, message) => {
    writeFileSync(join(repo, 'briefs/new-two.md'), V1);
    writeFileSync(join(repo, 'briefs/broken.md'), '');
    try {
      const r = await brief('diff', ...args);
      expect(r).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toMatch(message);
    } finally {
      rmSync(join(repo, 'briefs/new-two.md'));
      rmSync(join(repo, 'briefs/broken.md'));
    }
  });

  it('reads a brief the working tree no longer has, by its path at a revision', async () => {
    const r = await brief('diff', 'briefs/hormuz-shipping.md@HEAD~3', 'briefs/gone.md@HEAD~3');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^brief: briefs\/gone\.md is not in revision HEAD~3; give a revision that has it .*\n$/);
    rmSync(join(repo, BRIEF));
    try {
      const moved = await brief('diff', `${BRIEF}@HEAD~3`, `${BRIEF}@HEAD`, '--json', 'unexplained');
      expect(moved).toMatchObject({ code: 1, stderr: '' });
      expect(JSON.parse(moved.stdout)).toEqual({ unexplained: ['A'] });
    } finally {
      git('checkout', '--', BRIEF);
    }
  });

  it('in a repository with no commits yet, a revision says so and what to do, not to look in git log', async () => {
    const empty = makeTree({ 'briefs/x.md': V1 });
    try {
      execFileSync('git', ['init', '-q'], { cwd: empty, env: { PATH: process.env.PATH, HOME: empty, GIT_CONFIG_NOSYSTEM: '1' } });
      for (const args of [['diff', 'x@HEAD', 'x'], ['lint', '--since', 'HEAD']]) {
        const r = await runCli(args, { cwd: empty });
        expect(r, args.join(' ')).toMatchObject({ code: 2, stdout: '' });
        expect(r.stderr).toMatch(/^brief: unknown git revision "HEAD" in [^;]+: the repository has no commits yet; commit the briefs first \(git add, then git commit\)\n$/);
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('lint --since with an unknown revision is a usage error before anything is linted', async () => {
    const r = await brief('lint', '--since', 'no-such-branch');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^brief: unknown git revision "no-such-branch" in .+\n$/);
  });
});

describe('brief diff: a number on the edge of two bands', () => {
  it('is in the band `scenario` draws it in: 20% is very unlikely in both, so 15% -> 20% is no move', async () => {
    const version = (likelihood: string) => `---\ntitle: Edge\ndate: 2026-01-05\nauthor: A. Analyst\nscenarios:\n  A: {likelihood: "${likelihood}"}\n---\n\n# Edge\n\n## Scenarios\n\n### A. One\n\nText.\n`;
    for (const edge of ['5%', '20%', '45%', '55%', '80%', '95%']) {
      const dir = makeTree({ 'old.md': version('50%'), 'new.md': version(edge) });
      const diff = await runCli(['diff', join(dir, 'old.md'), join(dir, 'new.md'), '--json', 'scenarios']);
      const shown = visible((await runCli(['scenario', join(dir, 'new.md'), 'A'], { tty: { columns: 100 } })).stdout);
      const band = JSON.parse(diff.stdout).scenarios[0].likelihood.newBand;
      expect(shown, edge).toContain(`${edge} · ${band}`);
    }
    const dir = makeTree({ 'old.md': version('15%'), 'new.md': version('20%') });
    expect((await runCli(['diff', join(dir, 'old.md'), join(dir, 'new.md')])).stdout).toContain('A  15% (very unlikely) -> 20% (very unlikely)  (up within very unlikely)');
  });
});

describe('brief diff: a conclusion of 300,000 words', () => {
  it('is compared without spreading its words into a call, past the stack\'s limit', async () => {
    const words = Array.from({ length: 30 }, (_, i) => Array.from({ length: 10_000 }, (_, k) => `w${(i + k) % 9}`).join(' ')).join('\n');
    const version = (conclusion: string) => `---\ntitle: Long\ndate: 2026-01-05\nauthor: A. Analyst\n---\n\n# Long\n\n## Conclusion\n\n${conclusion}\n`;
    const dir = makeTree({ 'old.md': version('Short.'), 'new.md': version(words) });
    const r = await runCli(['diff', join(dir, 'old.md'), join(dir, 'new.md'), '--json', 'conclusion']);
    expect(r).toMatchObject({ code: 1, stderr: '' });
    const runs = JSON.parse(r.stdout).conclusion.words;
    expect(runs.map((w: { op: string }) => w.op)).toEqual(['removed', 'added']);
    expect(runs[1].text.split(' ')).toHaveLength(300_000);
  }, 60_000);
});

describe('brief diff: a brief of thousands of items', () => {
  // Texts of random letters: no two alike, so each old item has to be told from every new one.
  let seed = 7;
  const letter = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return String.fromCharCode(97 + (seed % 26)); };
  const text = () => Array.from({ length: 6 }, () => Array.from({ length: 5 }, letter).join('')).join(' ');
  const version = (recs: string[], indicators: string[]) => `---\ntitle: Long\ndate: 2026-01-05\nauthor: A. Analyst\nscenarios:\n  A:\n    indicators:\n${
    indicators.map((i) => `      - ${i}\n`).join('')}---\n\n# Long\n\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n${recs.map((r) => `- [ ] ${r}\n`).join('')}`;

  it('pairs 1,500 recommendations and 2,000 indicators with others in seconds, not minutes', async () => {
    const kept = text();
    const before = [kept, ...Array.from({ length: 1499 }, text)];
    const after = [kept, ...Array.from({ length: 1499 }, text)];
    const dir = makeTree({
      'old.md': version(before, Array.from({ length: 2000 }, () => text().slice(0, 17))),
      'new.md': version(after, Array.from({ length: 2000 }, () => text().slice(0, 17))).replace(`- [ ] ${kept}`, `- [x] ${kept}`),
    });
    const started = Date.now();
    const r = await runCli(['diff', join(dir, 'old.md'), join(dir, 'new.md'), '--json', 'recommendations,scenarios']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const changes = json.recommendations.map((c: { change: string }) => c.change);
    expect(changes.filter((c: string) => c === 'added')).toHaveLength(1499);
    expect(changes.filter((c: string) => c === 'removed')).toHaveLength(1499);
    expect(json.recommendations[0]).toMatchObject({ change: 'changed', text: kept, checkedOff: true, reworded: false });
    expect(json.scenarios[0].indicators.added).toHaveLength(2000);
  }, 120_000);
});
