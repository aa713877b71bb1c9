import { describe, expect, it } from 'vitest';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

/** One line on stderr, nothing on stdout, the given exit code. */
function expectOneLineError(r: { code: number; stdout: string; stderr: string }, code: number, pattern: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
}

describe('errors: one line on stderr, nothing on stdout, documented exit codes', () => {
  it('an unknown brief names the closest matches (exit 2)', async () => {
    expectOneLineError(await runCli(['show', 'istanbul-talk']), 2, /^brief: no brief "istanbul-talk" in briefs; did you mean "istanbul-talks"\?/);
  });

  it('an unknown brief with nothing close points to brief list', async () => {
    expectOneLineError(await runCli(['summary', 'qqqq']), 2, /run "brief list" to see the ids/);
  });

  it('an unknown scenario label lists the labels (exit 2)', async () => {
    expectOneLineError(await runCli(['scenario', 'istanbul-talks', 'E']), 2, /^brief: no scenario "E" in istanbul-talks; its labels are A, B, C, D$/m);
  });

  it('an unknown command suggests the closest (exit 2)', async () => {
    expectOneLineError(await runCli(['shwo', 'x']), 2, /^brief: unknown command "shwo"; did you mean show\?$/m);
  });

  it('an unknown option suggests the closest (exit 2)', async () => {
    expectOneLineError(await runCli(['list', '--jsn']), 2, /^brief: unknown option --jsn for list; did you mean --json\?$/m);
  });

  it('a missing file path is a usage error (exit 2)', async () => {
    expectOneLineError(await runCli(['show', 'nope/missing.md']), 2, /^brief: no such file: nope\/missing\.md; give a brief's id or the path of its \.md file \("brief list" lists the ids\)$/m);
  });

  it('a brief that cannot be read names file and line (exit 1)', async () => {
    const dir = makeTree({ 'bad.md': '---\ntitle: ok\ndate: [2025\n---\n' });
    expectOneLineError(await runCli(['show', 'bad', '--dir', dir]), 1, /bad\.md:3: YAML: /);
  });

  it('a ---js fence is refused and never run', async () => {
    const dir = makeTree({ 'evil.md': '---js\n{ title: require("fs").writeFileSync("pwned", "x") }\n---\n' });
    expectOneLineError(await runCli(['show', 'evil', '--dir', dir], { cwd: dir }), 1, /evil\.md:1: frontmatter fence names "js"/);
    expect((await import('node:fs')).existsSync(`${dir}/pwned`)).toBe(false);
  });

  it('lint findings do not stop reading commands', async () => {
    const dir = makeTree({ 'odd.md': briefText({ front: 'status: final\nunknown: 1\n' }) });
    const r = await runCli(['summary', 'odd', '--dir', dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).status).toBe('draft');
  });

  it('an ambiguous id lists the paths that name each', async () => {
    const dir = makeTree({ 'a/dup.md': briefText(), 'b/dup.md': briefText(), 'c.md': briefText() });
    expectOneLineError(await runCli(['show', 'dup', '--dir', dir]), 2, /"dup" names 2 briefs in .*: a\/dup, b\/dup; give one of these instead$/m);
  });
});

describe('untrusted text never reaches the terminal as control sequences', () => {
  const evil = briefText({
    front: 'tags: ["\\e]0;pwned\\a", "\\e[2J"]\nkey_question: "why\\u202E?"\n',
    body: '## Summary\n\nBottom \u001b[31mred\u001b[0m line \u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\.\n\n## Scenarios\n\n### A. Title \u0007bell\n\nText.\n\n## Recommendations\n\n- Act \u009b2J now.\n',
  }).replace('title: A test brief', 'title: "Evil \\e[5mblink\\e[0m"');
  const dir = makeTree({ 'evil.md': evil });
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it.each([
    ['list'], ['show', 'evil'], ['summary', 'evil'], ['scenario', 'evil'], ['scenario', 'evil', 'A'],
    ['recommendations', 'evil'], ['recommendations', 'evil', '--markdown'], ['export', 'evil'],
  ])('%j prints no control characters', async (...args) => {
    const r = await runCli([...args, '--dir', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
  });

  it('JSON keeps the text exact, escaped', async () => {
    const r = await runCli(['export', 'evil', '--json', '--dir', dir]);
    expect(r.stdout).not.toMatch(CONTROL);
    const b = JSON.parse(r.stdout);
    expect(b.title).toBe('Evil \u001b[5mblink\u001b[0m');
    expect(b.tags).toEqual(['\u001b]0;pwned\u0007', '\u001b[2J']);
    expect(b.recommendations[0].text).toBe('Act \u009b2J now.');
    expect(b.keyQuestion).toBe('why\u202e?');
  });

  it('commander\'s own messages clean what the user typed', async () => {
    for (const args of [['--x\u001b[2J'], ['list', '--\u001b]0;t\u0007'], ['sh\u001b[31mow']]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(CONTROL);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('completion never offers an id with control characters', async () => {
    const hostile = makeTree({ 'ok-brief.md': briefText(), 'bad-\u001b[2J.md': briefText() });
    const r = await runCli(['__complete', '--dir', hostile, 'show', '']);
    expect(r.stdout).toBe('ok-brief\n');
  });

  it('error messages clean names taken from the command line', async () => {
    const r = await runCli(['show', 'x\u001b]0;t\u0007y', '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(CONTROL);
  });
});
