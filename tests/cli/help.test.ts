/**
 * Help and usage errors in brief's words (issue 15): every error commander can raise for brief,
 * one line naming the valid values or the closest one; `help <typo>`; filter values that match no
 * brief; JSON fields in the frontmatter's spelling.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/program.js';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

/** One line on stderr, nothing on stdout, exit 2; the line is returned without `brief: `. */
async function usageError(args: string[], options: Parameters<typeof runCli>[1] = {}): Promise<string> {
  const r = await runCli(args, options);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(/^brief: /);
  // None of commander's own terms.
  expect(r.stderr).not.toMatch(/command-argument|Allowed choices|argument missing|Did you mean|error:/);
  return r.stderr.trimEnd().slice('brief: '.length);
}

describe('brief help <command>', () => {
  it('a typo suggests the command: one line, exit 2, not the whole help', async () => {
    expect(await usageError(['help', 'lnt'])).toBe('unknown command "lnt"; did you mean lint?');
    expect(await usageError(['help', 'shwo'])).toBe('unknown command "shwo"; did you mean show?');
  });

  it('with nothing close, lists the commands', async () => {
    expect(await usageError(['help', 'zzzzzz'])).toBe('unknown command "zzzzzz"; the commands are: list, show, summary, scenario, recommendations, indicators, export, diff, judgments, search, lint, new, import, schema, completion');
  });

  it('the overview\'s exit status names what 1 means for diff and search, whose 1 is no failure', async () => {
    const r = await runCli(['--help']);
    const status = r.stdout.slice(r.stdout.indexOf('Exit status:')).replace(/\s+/g, ' ');
    expect(status).toContain('1 lint errors, a brief that could not be read or output not written, diff found a change of judgement, search found nothing');
  });

  it('a command or an alias still gets its help', async () => {
    for (const topic of ['lint', 'recs']) {
      const r = await runCli(['help', topic]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: brief (lint|recommendations\|recs)/);
    }
  });
});

describe("commander's errors, in brief's words", () => {
  const cases: Array<[string, string[], string]> = [
    ['commander.unknownCommand', ['lnt'], 'unknown command "lnt"; did you mean lint?'],
    ['commander.unknownOption', ['list', '--tgg', 'x'], 'unknown option --tgg for list; did you mean --tag?'],
    ['commander.unknownOption (nothing close)', ['list', '--zzzzzz'], 'unknown option --zzzzzz for list; brief list --help lists the options'],
    ['commander.invalidArgument (an argument)', ['schema', 'foo'], 'schema takes frontmatter, json, diff, indicators, judgments or search, not "foo"'],
    ['commander.invalidArgument (an argument, close)', ['completion', 'zhs'], 'completion takes bash, zsh or fish, not "zhs"; did you mean zsh?'],
    ['commander.invalidArgument (an option)', ['list', '--status', 'publised'], '--status takes draft, review or published, not "publised"; did you mean published?'],
    ['commander.invalidArgument (a global option)', ['--color', 'sometimes', 'list'], '--color takes auto, always or never, not "sometimes"'],
    ['commander.invalidArgument (lint --format)', ['lint', '--format', 'jsn'], '--format takes stylish, json, sarif or github, not "jsn"; did you mean json?'],
    ['commander.missingArgument', ['show'], 'show needs <brief>: a brief id, or a path to a .md file; usage: brief show [options] <brief>'],
    ['commander.missingArgument (--json took it)', ['diff', '--json', 'istanbul-talks@HEAD~1', 'istanbul-talks'],
      'diff needs <new>, but --json took "istanbul-talks@HEAD~1" as its fields; put --json after the arguments: brief diff [options] <old> <new>'],
    ['commander.missingArgument (--json took the query)', ['search', '--json', 'ceasefire'],
      'search needs <query>, but --json took "ceasefire" as its fields; put --json after the arguments: brief search [options] <query...>'],
    ['commander.missingArgument (choices)', ['schema'], 'schema needs <which>: frontmatter, json, diff, indicators, judgments or search; usage: brief schema [options] <which>'],
    ['commander.optionMissingArgument', ['list', '--tag'], '--tag needs a value (--tag <tag>)'],
    ['commander.optionMissingArgument (choices)', ['list', '--status'], '--status needs a value: draft, review or published'],
    ['commander.excessArguments', ['summary', 'a', 'b'], 'too many arguments for summary (2); it takes <brief> (quote a value that has spaces)'],
  ];
  for (const [code, args, message] of cases) {
    it(`${code}: brief ${args.join(' ')}`, async () => {
      expect(await usageError(args)).toBe(message);
    });
  }

  it("covers every error commander raises; the two brief cannot raise are unreachable", async () => {
    const commander = dirname(createRequire(import.meta.url).resolve('commander'));
    const source = readFileSync(join(commander, 'lib/command.js'), 'utf8');
    const codes = new Set([...source.matchAll(/this\.error\(message, \{ code: '([\w.]+)' \}\)/g)].map((m) => m[1]!));
    codes.add('commander.invalidArgument');
    const tested = new Set(cases.map(([code]) => code.split(' ')[0]!));
    // No option of brief's is mandatory or conflicts with another: those errors cannot happen.
    const unreachable = new Set(['commander.missingMandatoryOptionValue', 'commander.conflictingOption']);
    expect([...codes].filter((c) => !tested.has(c) && !unreachable.has(c))).toEqual([]);
    for (const entry of COMMANDS) {
      const command = (await entry.load()).default.create();
      for (const option of command.options as unknown as Array<{ flags: string; mandatory: boolean; conflictsWith: string[] }>) {
        expect(option.mandatory, `${entry.name} ${option.flags}`).toBe(false);
        expect(option.conflictsWith, `${entry.name} ${option.flags}`).toEqual([]);
      }
    }
  });

  it('values from the command line reach the terminal cleaned', async () => {
    const line = await usageError(['schema', 'fo\u001b]0;pwned\u0007o']);
    expect(line).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('list: filter values that match no brief', () => {
  it('a tag no brief has suggests the closest tag present (stderr, on a terminal and piped)', async () => {
    for (const tty of [{ columns: 100 }, undefined]) {
      const r = await runCli(['list', '--tag', 'securty'], { tty });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('brief: no briefs match --tag securty; did you mean security?\n');
    }
  });

  it('with --json, stdout is still an empty array', async () => {
    const r = await runCli(['list', '--tag', 'securty', '--json']);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toBe('brief: no briefs match --tag securty; did you mean security?\n');
  });

  it('--region, --author, --status and the dates too; several at once', async () => {
    const dir = makeTree({
      'a.md': briefText({ front: 'region: [Black Sea]\ntags: [maritime]\nstatus: draft\n' }),
      'b.md': '---\ntitle: B\ndate: 2025-03-01\nauthor: Jane Analyst\nregion: [Sahel]\nstatus: published\n---\n\n## Summary\n\nText.\n',
    });
    const hint = async (...args: string[]) => (await runCli(['list', '--dir', dir, ...args])).stderr;
    expect(await hint('--region', 'Blak Sea')).toBe('brief: no briefs match --region Blak Sea; did you mean Black Sea?\n');
    expect(await hint('--author', 'Jane Analist')).toBe('brief: no briefs match --author Jane Analist; did you mean Jane Analyst?\n');
    expect(await hint('--status', 'review')).toBe('brief: no briefs match --status review; the statuses present: draft, published\n');
    expect(await hint('--tag', 'maritim', '--region', 'Sahl')).toBe('brief: no briefs match --tag maritim (did you mean maritime?) or --region Sahl (did you mean Sahel?)\n');
    // A date range no brief falls in, with the dates the briefs have.
    expect(await hint('--since', '2026')).toBe('brief: no briefs match --since 2026; the newest brief is dated 2025-03-01\n');
    expect(await hint('--until', '2024-12', '--tag', 'maritim')).toBe('brief: no briefs match --tag maritim (did you mean maritime?) or --until 2024-12 (the oldest brief is dated 2025-03-01)\n');
  });

  it('values that each match a brief, but not together, are named as such', async () => {
    const dir = makeTree({ 'a.md': briefText({ front: 'tags: [maritime]\n' }), 'b.md': briefText({ front: 'tags: [energy]\n' }) });
    for (const tty of [{ columns: 100 }, undefined]) {
      const r = await runCli(['list', '--dir', dir, '--tag', 'maritime', '--tag', 'energy'], { tty });
      expect(r.stderr).toBe('brief: no briefs match --tag maritime and --tag energy together; each alone matches some brief\n');
    }
  });

  it('a value from a brief reaches the terminal cleaned', async () => {
    const dir = makeTree({ 'a.md': briefText({ front: 'tags: ["secur\u001b[31mity"]\n' }) });
    const r = await runCli(['list', '--dir', dir, '--tag', 'securty']);
    expect(r.stderr).not.toContain('\u001b');
  });
});

describe('--json field names', () => {
  it("accepts the frontmatter's spelling and prints the JSON's", async () => {
    for (const field of ['key_question', 'key-question', 'keyQuestion']) {
      const r = await runCli(['summary', 'istanbul-talks', '--json', `id,${field}`]);
      expect(r.code, r.stderr).toBe(0);
      expect(Object.keys(JSON.parse(r.stdout))).toEqual(['id', 'keyQuestion']);
    }
    const list = JSON.parse((await runCli(['list', '--json', 'id,key_question'])).stdout);
    expect(list[0]).toHaveProperty('keyQuestion');
  });

  it('an unknown field names the closest and lists the fields', async () => {
    const line = await usageError(['list', '--json', 'id,keyquest']);
    expect(line).toMatch(/^unknown JSON field "keyquest"; did you mean keyQuestion\? \(fields: id, path, title, /);
  });
});
