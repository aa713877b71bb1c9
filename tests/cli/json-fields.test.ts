/**
 * `--json <fields>` of every command that takes it: a mistyped field is refused (exit 2, nothing
 * on stdout) before any brief is read, with results or without; the fields are those of the
 * command's JSON schema; a brief id or label that --json took is said to be one; completion after
 * --json offers the fields.
 */
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';
import { diffFields } from '../../src/diff/json.js';
import { testIO } from '../../src/cli/test-io.js';
import { briefText, makeTree, runCli } from '../helpers/cli.js';

type Schema = { properties: Record<string, unknown>; items?: Schema; definitions?: Record<string, Schema> };

/** The top-level fields of a command's JSON, as `brief schema <which>` documents them. */
async function schemaFields(which: string, part: (s: Schema) => Schema): Promise<string[]> {
  const r = await runCli(['schema', which]);
  expect(r.code).toBe(0);
  return Object.keys(part(JSON.parse(r.stdout) as Schema).properties).sort();
}

const SCHEMAS: Record<string, () => Promise<string[]>> = {
  list: () => schemaFields('json', (s) => s.definitions!.listEntry!),
  show: () => schemaFields('json', (s) => s),
  summary: () => schemaFields('json', (s) => s),
  export: () => schemaFields('json', (s) => s),
  scenario: () => schemaFields('json', (s) => s.definitions!.scenario!),
  recommendations: () => schemaFields('json', (s) => s.definitions!.recommendation!),
  indicators: () => schemaFields('indicators', (s) => s.items!),
  judgments: () => schemaFields('judgments', (s) => s.definitions!.judgment!),
  search: () => schemaFields('search', (s) => s.definitions!.result!),
};

/** The fields an unknown-field error lists, sorted. */
function listed(stderr: string): string[] {
  const m = /\(fields: (.*)\)\n$/.exec(stderr);
  expect(m, stderr).not.toBeNull();
  return m![1]!.split(', ').sort();
}

// A briefs directory where no command finds anything: no briefs.
const empty = makeTree({ 'briefs/.keep': '' });
// A brief with no scenarios, recommendations, indicators or estimative terms, and one that cannot be read.
const bare = makeTree({
  'briefs/bare.md': briefText({ body: '## Summary\n\nThe bottom line.\n' }),
  'briefs/broken.md': '---\ntitle: [unclosed\n---\n\nText.\n',
});

describe('--json with a field that does not exist', () => {
  // Each run would print [] (or read a brief) with exit 0 or 1 if the field were not checked first.
  const cases: Array<[string, string[], string]> = [
    ['list', ['--dir', `${empty}/briefs`, 'list', '--json', 'nosuch'], 'nosuch'],
    ['list', ['list', '--tag', 'zz', '--json', 'nosuch'], 'nosuch'],
    ['search', ['search', 'zeppelin', '--json', 'id,nosuch'], 'nosuch'],
    ['search', ['--dir', `${empty}/briefs`, 'search', 'zeppelin', '--json', 'nosuch'], 'nosuch'],
    ['judgments', ['--dir', `${empty}/briefs`, 'judgments', '--json', 'nosuch'], 'nosuch'],
    ['judgments', ['--dir', `${bare}/briefs`, 'judgments', 'bare', '--json', 'nosuch'], 'nosuch'],
    ['indicators', ['indicators', '--tag', 'nosuch', '--json', 'nosuch'], 'nosuch'],
    ['indicators', ['--dir', `${empty}/briefs`, 'indicators', '--json', 'nosuch'], 'nosuch'],
    ['scenario', ['--dir', `${bare}/briefs`, 'scenario', 'bare', '--json', 'nosuch'], 'nosuch'],
    ['recommendations', ['--dir', `${bare}/briefs`, 'recommendations', 'bare', '--json', 'nosuch'], 'nosuch'],
    ['export', ['--dir', `${empty}/briefs`, 'export', '--all', '--json', 'nosuch'], 'nosuch'],
    // A brief that cannot be read (exit 1) is not read: the field is refused first.
    ['show', ['--dir', `${bare}/briefs`, 'show', 'broken', '--json', 'nosuch'], 'nosuch'],
    ['summary', ['--dir', `${bare}/briefs`, 'summary', 'broken', '--json', 'nosuch'], 'nosuch'],
    ['export', ['--dir', `${bare}/briefs`, 'export', 'broken', '--json', 'nosuch'], 'nosuch'],
  ];
  for (const [command, args, field] of cases) {
    it(`brief ${args.join(' ').replace(/\/\S*\/briefs/, 'DIR')}: exit 2, the field named, the schema's fields listed`, async () => {
      const r = await runCli(args);
      expect(r.stdout).toBe('');
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^brief: unknown JSON field "${field}" \\(fields: [^\\n]*\\)\\n$`));
      expect(listed(r.stderr)).toEqual(await SCHEMAS[command]!());
    });
  }

  it('is the same error with results as without', async () => {
    const none = await runCli(['--dir', `${empty}/briefs`, 'judgments', '--json', 'id,lien']);
    const some = await runCli(['judgments', '--json', 'id,lien']);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(some).toEqual(none);
    expect(none.stderr).toMatch(/^brief: unknown JSON field "lien"; did you mean line\? \(fields: id, path, /);
    const found = await runCli(['search', 'ceasefire', '--json', 'id,nosuch']);
    const missed = await runCli(['search', 'zeppelin', '--json', 'id,nosuch']);
    expect(found).toEqual(missed);
  });

  it('still takes the fields as the JSON or the frontmatter spells them', async () => {
    const r = await runCli(['--dir', `${empty}/briefs`, 'list', '--json', 'key_question,id']);
    expect(r).toMatchObject({ code: 0, stdout: '[]\n' });
    const some = await runCli(['list', '--json', 'key-question,id']);
    expect(some.code).toBe(0);
    expect(Object.keys((JSON.parse(some.stdout) as object[])[0]!)).toEqual(['keyQuestion', 'id']);
  });

  it('covers every command that takes --json [fields]', async () => {
    const { commands } = await createProgram(testIO(), [], () => {});
    const withJSON = commands.filter(({ command }) => command.options.some((o) => o.long === '--json')).map(({ command }) => command.name());
    expect(withJSON.sort()).toEqual([...Object.keys(SCHEMAS), 'diff'].sort());
    for (const { command, spec } of commands) {
      if (command.name() in SCHEMAS) expect(spec?.jsonFields?.().slice().sort(), command.name()).toEqual(await SCHEMAS[command.name()]!());
    }
    // diff's fields, taken from its JSON as the others' are, are its schema's too, and checked as theirs are.
    const diff = commands.find(({ command }) => command.name() === 'diff');
    expect(diff?.spec?.jsonFields?.().slice().sort()).toEqual(await schemaFields('diff', (s) => s));
    expect(diffFields().sort()).toEqual(await schemaFields('diff', (s) => s));
  });

  it('refuses a mistyped diff field before either version is read', async () => {
    const r = await runCli(['diff', 'no-such-old', 'no-such-new', '--json', 'scenarios,nosuch']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^brief: unknown JSON field "nosuch"/);
  });
});

describe('a brief or label that --json took as its fields', () => {
  const took = (word: string, argument: string, usage: string): string =>
    `brief: --json took "${word}" as its fields, not as <${argument}>; put --json after the arguments: ${usage}\n`;
  const cases: Array<[string[], string]> = [
    [['judgments', '--json', 'istanbul-talks'], took('istanbul-talks', 'briefs', 'brief judgments [options] [briefs...]')],
    [['judgments', '--json', 'tests/fixtures/house-styles'], took('tests/fixtures/house-styles', 'briefs', 'brief judgments [options] [briefs...]')],
    [['indicators', '--json', 'istanbul-talks'], took('istanbul-talks', 'briefs', 'brief indicators [options] [briefs...]')],
    [['indicators', '--tag', 'security', '--json', 'briefs/istanbul-talks.md'], took('briefs/istanbul-talks.md', 'briefs', 'brief indicators [options] [briefs...]')],
    [['scenario', 'istanbul-talks', '--json', 'c'], took('c', 'label', 'brief scenario [options] <brief> [label]')],
    [['export', '--json', 'istanbul-talks'], took('istanbul-talks', 'brief', 'brief export [options] [brief]')],
  ];
  for (const [args, message] of cases) {
    it(`brief ${args.join(' ')}`, async () => {
      expect(await runCli(args)).toEqual({ code: 2, stdout: '', stderr: message });
    });
  }

  it('is said as diff, search and show say it when --json leaves them without their argument', async () => {
    const show = await runCli(['show', '--json', 'istanbul-talks']);
    const judgments = await runCli(['judgments', '--json', 'istanbul-talks']);
    const tail = (s: string): string => s.slice(s.indexOf('--json took'));
    expect(tail(judgments.stderr)).toBe(tail(show.stderr).replace(' as its fields', ' as its fields, not as <briefs>').replace('show [options] <brief>', 'judgments [options] [briefs...]'));
  });

  it('a word that names no brief is a mistyped field, and a list is fields', async () => {
    for (const args of [['judgments', '--json', 'nosuch'], ['judgments', '--json', 'istanbul-talks,id'], ['judgments', 'istanbul-talks', '--json', 'istanbul-talks']]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^brief: unknown JSON field "(nosuch|istanbul-talks)" \(fields: /);
    }
    // A word that is a field is the field: all briefs, only that field.
    const r = await runCli(['judgments', '--json', 'id']);
    expect(r.code).toBe(0);
    expect(Object.keys((JSON.parse(r.stdout) as object[])[0]!)).toEqual(['id']);
  });
});

describe('completion after --json', () => {
  const complete = async (...words: string[]) => (await runCli(['__complete', ...words])).stdout.split('\n').filter(Boolean);

  it("offers the command's fields, not brief ids", async () => {
    for (const command of ['list', 'judgments', 'indicators']) {
      expect((await complete(command, '--json', '')).sort(), command).toEqual(await SCHEMAS[command]!());
    }
    expect((await complete('search', 'ceasefire', '--json', '')).sort()).toEqual(await SCHEMAS.search!());
    expect((await complete('scenario', 'istanbul-talks', '--json', '')).sort()).toEqual(await SCHEMAS.scenario!());
    expect((await complete('show', '--json', '')).sort()).toEqual(await SCHEMAS.show!());
    expect(await complete('judgments', '--json', 'li')).toEqual(['line']);
  });

  it('completes the last name of a list, without the names already in it', async () => {
    expect(await complete('judgments', '--json', 'id,li')).toEqual(['id,line']);
    expect(await complete('search', 'x', '--json', 'id,path,')).toEqual(['id,path,title', 'id,path,date', 'id,path,score', 'id,path,hits']);
  });

  it('after the fields, the arguments complete as before: --json took the word', async () => {
    expect(await complete('judgments', '--json', 'id', 'istanbul')).toEqual(['istanbul-talks']);
    expect(await complete('scenario', 'istanbul-talks', '--json', 'title', '')).toEqual(['A', 'B', 'C', 'D']);
    expect(await complete('judgments', '--json', '--ter')).toEqual(['--term']);
  });
});
