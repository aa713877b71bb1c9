import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefText, BRIEFS, makeTree, runCli, runInTerminal, visible } from '../helpers/cli.js';

const SEED_FOOTER = 'By Mohsen Mowahed\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nBack to top button\n';

const json = async (args: string[], options = {}) => {
  const r = await runCli(['lint', '--format', 'json', ...args], options);
  return { ...r, messages: JSON.parse(r.stdout) as Array<Record<string, unknown>> };
};

describe('brief lint', () => {
  it('the shipped briefs lint clean', async () => {
    const r = await runCli(['lint']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('3 briefs checked, no problems');
  });

  it('flags the seed article\'s web footer pasted under the brief, and --fix removes only it', async () => {
    const seed = readFileSync(join(BRIEFS, 'istanbul-talks.md'), 'utf8');
    const dir = makeTree({ 'istanbul-talks.md': `${seed}\n${SEED_FOOTER}` });
    // The seed ends with a newline; then a blank line, the byline, a blank line, "Leave a Reply".
    const footerLine = seed.split('\n').length + 3;
    const before = await json([dir]);
    expect(before.code).toBe(1);
    expect(before.messages).toEqual([{
      file: join(dir, 'istanbul-talks.md'), line: footerLine, column: 1, severity: 'error', rule: 'web-boilerplate',
      message: 'text pasted from a web page ("Leave a Reply", "Your email address will not be published", "Back to top button"); remove it (brief lint --fix does)',
    }]);
    const fixed = await runCli(['lint', '--fix', dir]);
    expect(fixed.code).toBe(0);
    // The byline stays (it is the writer's); everything pasted after it goes, every other byte kept.
    expect(readFileSync(join(dir, 'istanbul-talks.md'), 'utf8')).toBe(`${seed}\nBy Mohsen Mowahed\n`);
    expect(readdirSync(dir)).toEqual(['istanbul-talks.md']);
  });

  it('--fix restores a pasted footer exactly, in a CRLF file with a byte-order mark', async () => {
    const original = '\uFEFF' + briefText().replace(/\n/g, '\r\n');
    const dir = makeTree({ 'x.md': `${original}\r\nLeave a Reply\r\n\r\nBack to top button\r\n` });
    await runCli(['lint', '--fix', dir]);
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toBe(original);
  });

  it('--fix-dry-run prints a diff and changes nothing', async () => {
    const text = briefText({ front: 'tags: a, b\n' });
    const dir = makeTree({ 'x.md': text });
    const r = await runCli(['lint', '--fix-dry-run', dir]);
    expect(r.stdout).toBe(`--- a/${dir}/x.md\n+++ b/${dir}/x.md\n@@ -2,7 +2,7 @@\n title: A test brief\n date: 2025-03-01\n author: Tester\n-tags: a, b\n+tags: [a, b]\n ---\n \n ## Summary\n`);
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toBe(text);
  });

  it('never rewrites a file whose frontmatter does not parse', async () => {
    const text = '---\ntitle: [broken\n---\n\n## Scenarios\n\nLeave a Reply\n';
    const dir = makeTree({ 'x.md': text });
    const r = await runCli(['lint', '--fix', dir]);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toBe(text);
  });

  it('prints one line per finding beginning path:line:column, and a count on stderr', async () => {
    const dir = makeTree({ 'a.md': briefText({ front: 'status: final\n' }), 'b.md': briefText({ front: 'keyquestion: x\n' }) });
    const r = await runCli(['lint', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${dir}/a\\.md:5:1\\s+error\\s+"status: final" is not one of draft, review, published\\s+frontmatter-type$`));
    expect(lines[1]).toMatch(new RegExp(`^${dir}/b\\.md:5:1\\s+warning\\s+unknown frontmatter key "keyquestion"; did you mean "key_question"\\?\\s+frontmatter-unknown-key$`));
    expect(r.stderr).toBe('✖ 1 error and 1 warning in 2 of 2 briefs\n');
  });

  it.each([
    [[], 1], [['--quiet'], 1], [['--max-warnings', '0'], 1],
  ])('exit codes with errors: %j -> %i', async (flags, code) => {
    const dir = makeTree({ 'a.md': briefText({ front: 'status: final\n' }) });
    expect((await runCli(['lint', dir, ...flags])).code).toBe(code);
  });

  it('warnings alone exit 0, or 1 past --max-warnings; --quiet hides them', async () => {
    const dir = makeTree({ 'a.md': briefText({ front: 'keyquestion: x\n' }) });
    expect((await runCli(['lint', dir])).code).toBe(0);
    expect((await runCli(['lint', dir, '--max-warnings', '1'])).code).toBe(0);
    const over = await runCli(['lint', dir, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('brief: 1 warning, more than --max-warnings 0');
    expect((await runCli(['lint', dir, '--quiet'])).stdout).toBe('');
  });

  it.each([
    [['lint', '/nonexistent/path']],
    [['lint', '--format', 'xml']],
    [['lint', '--max-warnings', 'many']],
    [['lint', '--fix', '--fix-dry-run']],
  ])('%j is a usage error (exit 2)', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reports unreadable files, and still lints the others', async () => {
    const dir = makeTree({ 'good.md': briefText(), 'bin.md': Buffer.from([0x61, 0x0a, 0x00]), 'empty.md': '', 'latin1.md': Buffer.from([0x74, 0x0a, 0x0a, 0xe9]) });
    const { code, messages } = await json([dir]);
    expect(code).toBe(1);
    expect(messages.map((m) => [String(m.file).replace(`${dir}/`, ''), m.line, m.rule])).toEqual([
      ['bin.md', 2, 'file-unreadable'], ['empty.md', 1, 'file-unreadable'], ['latin1.md', 3, 'file-unreadable']]);
  });

  it('flags names in one folder that differ only by letter case, not one name in two folders', async () => {
    const dir = makeTree({ 'a/dup.md': briefText(), 'a/Dup.md': briefText(), 'b/dup.md': briefText() });
    const messages = (await json([dir])).messages.filter((m) => m.rule === 'duplicate-id');
    expect(messages.map((m) => [String(m.file).slice(dir.length + 1), m.line])).toEqual([['a/dup.md', 1], ['a/Dup.md', 1]]);
    expect(messages.map((m) => m.message)).toEqual([
      'id "dup" differs only by letter case from a/Dup.md; rename one of them',
      'id "Dup" differs only by letter case from a/dup.md; rename one of them',
    ]);
  });

  it('--format github prints workflow annotations', async () => {
    const dir = makeTree({ 'a.md': briefText({ front: 'status: final\n' }) });
    const r = await runCli(['lint', '--format', 'github', dir]);
    expect(r.stdout).toBe(`::error file=${dir}/a.md,line=5,col=1,title=frontmatter-type::"status: final" is not one of draft, review, published\n`);
  });

  it('--format sarif prints SARIF 2.1.0 with rules and locations', async () => {
    const dir = makeTree({ 'a.md': briefText({ front: 'status: final\n' }) });
    const sarif = JSON.parse((await runCli(['lint', '--format', 'sarif', dir])).stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('brief');
    expect(run.results).toHaveLength(1);
    const result = run.results[0];
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('frontmatter-type');
    expect(result).toMatchObject({ ruleId: 'frontmatter-type', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: `${dir}/a.md` }, region: { startLine: 5, startColumn: 1 } } }] });
  });
});

describe('.briefrc.json', () => {
  it('sets severities and options, and is found from a parent folder', async () => {
    const dir = makeTree({
      '.briefrc.json': JSON.stringify({ rules: { 'frontmatter-unknown-key': 'error', 'summary-length': ['warn', { maxWords: 2 }], 'indicators-missing': 'error' } }),
      'briefs/a.md': briefText({ front: 'keyquestion: x\n' }),
      'sub/deeper/.keep': '',
    });
    const { messages, code } = await json([], { cwd: join(dir, 'sub/deeper'), env: { BRIEF_DIR: join(dir, 'briefs') } });
    expect(code).toBe(1);
    expect(messages.map((m) => [m.rule, m.severity])).toEqual([
      ['frontmatter-unknown-key', 'error'], ['summary-length', 'warning'], ['indicators-missing', 'error']]);
  });

  it('gives the briefs directory, relative to the config file', async () => {
    const dir = makeTree({ '.briefrc.json': '{"dir": "docs/briefs"}', 'docs/briefs/only.md': briefText(), 'work/.keep': '' });
    const r = await runCli(['list', '--json'], { cwd: join(dir, 'work') });
    expect(JSON.parse(r.stdout).map((b: { id: string }) => b.id)).toEqual(['only']);
  });

  it.each([
    ['{"rules": {"estimative-hedges": "warn"}}', /unknown rule "estimative-hedges"; did you mean "estimative-hedge"\?/],
    ['{"rules": {"estimative-hedge": "loud"}}', /severity must be "off", "warn" or "error"/],
    ['{"rules": ', /not valid JSON/],
  ])('rejects a bad config %s (exit 2)', async (config, message) => {
    const dir = makeTree({ '.briefrc.json': config, 'briefs/a.md': briefText() });
    const r = await runCli(['lint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('dates later than today', () => {
  it('warns of a lastmod, a change and a published date later than BRIEF_TODAY (date-future), beside as_of (indicator-date-future); exit 0', async () => {
    const front = 'lastmod: 2062-02-01\nstatus: published\nchanges:\n  - { date: 2062-01-12, scenario: A, note: Talks resumed }\nscenarios:\n  A:\n    indicators: [{text: Talks resume, as_of: 2062-01-01}]\n';
    const dir = makeTree({ 'x.md': briefText({ front }).replace('date: 2025-03-01', 'date: 2026-04-01') });
    const r = await runCli(['lint', '--format', 'json', dir], { env: { BRIEF_TODAY: '2026-03-10' } });
    expect(r.code).toBe(0);
    const found = (JSON.parse(r.stdout) as Array<{ line: number; severity: string; rule: string; message: string }>)
      .filter((m) => m.rule.endsWith('date-future')).map((m) => [m.line, m.severity, m.rule, m.message.replace(/ is later .*?(: did you mean \S+)?$/, '$1')]);
    expect(found).toEqual([
      [3, 'warning', 'date-future', 'date 2026-04-01'],
      [5, 'warning', 'date-future', 'lastmod 2062-02-01: did you mean 2026-02-01?'],
      [8, 'warning', 'date-future', 'change 1: date 2062-01-12: did you mean 2026-01-12?'],
      [11, 'warning', 'indicator-date-future', 'scenario A: as_of 2062-01-01: did you mean 2026-01-01?'],
    ]);
    // On the day itself, none.
    const later = await runCli(['lint', '--format', 'json', dir], { env: { BRIEF_TODAY: '2062-02-01' } });
    expect((JSON.parse(later.stdout) as Array<{ rule: string }>).filter((m) => m.rule.endsWith('date-future'))).toEqual([]);
  });
});

describe('brief new', () => {
  it('scaffolds a brief dated today that lints without errors (its template text a warning each), and refuses to overwrite it', async () => {
    const dir = makeTree({ 'briefs/.keep': '' });
    const r = await runCli(['new', 'gulf-shipping', '--title', 'Gulf Shipping: "Risks"', '--author', 'A. Analyst'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: 'briefs/gulf-shipping.md\n' });
    const brief = JSON.parse((await runCli(['show', 'gulf-shipping', '--json'], { cwd: dir })).stdout);
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(brief).toMatchObject({ title: 'Gulf Shipping: "Risks"', author: ['A. Analyst'], date, status: 'draft' });
    expect((await runCli(['lint'], { cwd: dir })).code).toBe(0);
    const { messages } = await json([], { cwd: dir });
    expect(messages.length).toBeGreaterThan(0);
    expect(new Set(messages.map((m) => `${m.rule} ${m.severity}`))).toEqual(new Set(['placeholder warning']));

    writeFileSync(join(dir, 'briefs/gulf-shipping.md'), 'mine');
    const again = await runCli(['new', 'gulf-shipping'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(join(dir, 'briefs/gulf-shipping.md'), 'utf8')).toBe('mine');
    expect(readdirSync(join(dir, 'briefs')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('dates the brief BRIEF_TODAY when it is set, and refuses a malformed one without writing anything', async () => {
    const dir = makeTree({ 'briefs/.keep': '' });
    const env = { BRIEF_TODAY: '2020-02-29' };
    expect(await runCli(['new', 'leap-day'], { cwd: dir, env })).toMatchObject({ code: 0, stdout: 'briefs/leap-day.md\n' });
    expect(readFileSync(join(dir, 'briefs/leap-day.md'), 'utf8')).toMatch(/^date: 2020-02-29$/m);
    expect(JSON.parse((await runCli(['show', 'leap-day', '--json'], { cwd: dir })).stdout).date).toBe('2020-02-29');
    for (const bad of ['tomorrow', '2021-02-29', '2026-3-1']) {
      const r = await runCli(['new', 'not-written'], { cwd: dir, env: { BRIEF_TODAY: bad } });
      expect(r, bad).toMatchObject({ code: 2, stdout: '', stderr: `brief: BRIEF_TODAY "${bad}" is not a date; use YYYY-MM-DD\n` });
    }
    expect(readdirSync(join(dir, 'briefs')).sort()).toEqual(['.keep', 'leap-day.md']);
  });

  it('rejects an id that is not kebab-case, suggesting one', async () => {
    const r = await runCli(['new', 'Gulf Shipping'], { cwd: makeTree({ 'briefs/.keep': '' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('try "gulf-shipping"');
  });
});

describe('lint on a terminal', () => {
  it('shows a spinner on stderr while many files are linted, and colours', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 250; i += 1) files[`b${i}.md`] = briefText();
    files['b0.md'] = briefText({ front: 'status: final\n' });
    const dir = makeTree(files);
    const r = runInTerminal(['lint', dir], { cols: 100 });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Linting');
    expect(r.stdout).toMatch(/\u001b\[31merror/);
    expect(visible(r.stdout)).toContain('1 error and 0 warnings in 1 of 250 briefs');
  });

  it('no spinner (and no hang) on a terminal that reports 0 columns', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 250; i += 1) files[`b${i}.md`] = briefText();
    const r = runInTerminal(['lint', makeTree(files)], { cols: 0 });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Linting');
    expect(r.stdout).toContain('250 briefs checked, no problems');
  });

  it('no spinner when piped', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 250; i += 1) files[`b${i}.md`] = briefText();
    const r = await runCli(['lint', makeTree(files)]);
    expect(r.stderr).toBe('✔ 250 briefs checked, no problems\n');
  });
});

describe('lint --watch', () => {
  it('lints again when a file changes', async () => {
    const dir = makeTree({ 'a.md': briefText() });
    const { spawn } = await import('node:child_process');
    const { BIN, baseEnv } = await import('../helpers/cli.js');
    const child = spawn(process.execPath, [BIN, 'lint', '--watch', dir], { env: baseEnv() });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const waitFor = async (text: string) => {
      for (let i = 0; i < 100 && !out.includes(text); i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(out).toContain(text);
    };
    try {
      await waitFor('watching for changes');
      copyFileSync(join(dir, 'a.md'), join(dir, 'a.md.bak'));
      writeFileSync(join(dir, 'a.md'), briefText({ front: 'status: final\n' }));
      await waitFor('frontmatter-type');
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise((r) => child.on('close', (c) => r(c)));
    expect(code).toBe(130);
  });
});

describe('lint paths', () => {
  it('looks a relative path up in the briefs directory when it is not found from here, as judgments does', async () => {
    // Both briefs have a finding (a revision dated 2062), so only the folder named is linted.
    const tree = makeTree({ 'hs/en/a.md': briefText({ front: 'lastmod: 2062-01-01\n' }), 'hs/fr/b.md': briefText({ front: 'lastmod: 2062-01-01\n' }) });
    expect((await runCli(['lint', '--dir', join(tree, 'hs'), '--format', 'json'])).stdout).toContain('b.md');
    const r = await runCli(['lint', '--dir', join(tree, 'hs'), 'en/', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const files = new Set((JSON.parse(r.stdout) as Array<{ file: string }>).map((m) => m.file));
    expect([...files]).toEqual([join(tree, 'hs', 'en', 'a.md')]);
    const missing = await runCli(['lint', '--dir', join(tree, 'hs'), 'nope/']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe(`brief: no such file or directory: nope/, here or in ${join(tree, 'hs')}; give the path of a brief's .md file or of a folder of briefs\n`);
  });
});
