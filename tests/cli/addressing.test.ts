/**
 * Issue 11: briefs kept in a static site. The same file name in two folders (one per language)
 * is read, each brief is named by its path in the briefs directory, `list` says which ids are
 * shared, and the frontmatter's `url`, dates and site keys reach every output.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { briefText, makeTree, ROOT, runCli } from '../helpers/cli.js';

const CORPUS = join(ROOT, 'tests/fixtures/house-styles');
const inCorpus = (...args: string[]) => runCli([...args, '--dir', CORPUS]);
const MALI = ['en/mali-transition-elections', 'fr/mali-transition-elections'];

describe('one file name in two folders', () => {
  it('a bare id is a usage error that lists the paths naming each (exit 2)', async () => {
    for (const command of ['show', 'summary', 'scenario', 'recommendations', 'export']) {
      const r = await inCorpus(command, 'mali-transition-elections');
      expect(r, command).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr, command).toBe(`brief: "mali-transition-elections" names 2 briefs in ${CORPUS}: ${MALI.join(', ')}; give one of these instead\n`);
    }
  });

  it.each([
    ['en/mali-transition-elections', "Mali's Transition Without Elections"],
    ['fr/mali-transition-elections.md', 'La transition malienne sans élections'],
    ['./fr/mali-transition-elections', 'La transition malienne sans élections'],
  ])('%s names one brief in the briefs directory, for every reading command', async (ref, title) => {
    const r = await inCorpus('show', ref, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'mali-transition-elections', title, path: join(CORPUS, ref.replace(/^\.\//, '').replace(/(\.md)?$/, '.md')) });
    expect((await inCorpus('summary', ref)).stdout.split('\n')[0]).toBe(title);
    expect((await inCorpus('export', ref)).stdout.split('\n')[0]).toBe(title);
  });

  it('scenario and recommendations take the path too', async () => {
    expect((await inCorpus('scenario', MALI[0]!)).stdout.split('\n').map((l) => l.split('\t')[0])).toEqual(['A', 'B', 'C', '']);
    expect((await inCorpus('recommendations', MALI[0]!)).stdout.split('\n')).toHaveLength(4);
  });

  it('a path that names nothing suggests the close ones', async () => {
    const r = await inCorpus('show', 'en/mali-transition-election');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`brief: no such file: en/mali-transition-election; did you mean "${MALI[0]}" or "${MALI[1]}"?\n`);
  });

  it('a path inside the directory through a link out of it needs --follow, as an id does', async () => {
    const outside = makeTree({ 'x.md': briefText() });
    const dir = makeTree({ 'en/x.md': briefText() });
    symlinkSync(join(outside, 'x.md'), join(dir, 'fr-x.md'));
    const r = await runCli(['show', 'fr-x.md', '--dir', dir], { cwd: outside });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a symbolic link out of');
    expect((await runCli(['show', 'fr-x.md', '--dir', dir, '--follow'], { cwd: outside })).code).toBe(0);
  });

  it('a folder inside the briefs directory gives its briefs to judgments and indicators, as its briefs\' paths do', async () => {
    const dir = makeTree({
      'en/a.md': briefText({ front: 'scenarios:\n  A:\n    indicators: [Talks resume]\n', body: '## Summary\n\nA deal is likely.\n\n## Scenarios\n\n### A. First\n\nText.\n' }),
      'en/sub/b.md': briefText({ body: '## Summary\n\nA deal is unlikely.\n' }),
      'fr/c.md': briefText({ body: '## Summary\n\nUn accord est likely.\n' }),
    });
    const elsewhere = makeTree({});
    const ids = async (...args: string[]) => {
      const r = await runCli([...args, '--dir', dir, '--json'], { cwd: elsewhere });
      expect(r, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      return [...new Set((JSON.parse(r.stdout) as Array<{ id: string }>).map((e) => e.id))];
    };
    for (const ref of ['en/', 'en', './en', 'en\\']) expect(await ids('judgments', ref), ref).toEqual(['a', 'b']);
    expect(await ids('judgments', 'en/sub/', 'fr/c')).toEqual(['b', 'c']);
    expect(await ids('indicators', 'en/')).toEqual(['a']);
    // Its briefs' paths are the briefs directory joined with their path inside it.
    const r = await runCli(['judgments', 'en/sub', '--dir', dir, '--json', 'path'], { cwd: elsewhere });
    expect(JSON.parse(r.stdout)).toEqual([{ path: join(dir, 'en/sub/b.md') }]);
    // A bare name is a brief's id first: en.md beside the folder en/.
    const both = makeTree({ 'en.md': briefText({ body: '## Summary\n\nIt is likely.\n' }), 'en/a.md': briefText({ body: '## Summary\n\nIt is likely.\n' }) });
    const named = async (ref: string) => (JSON.parse((await runCli(['judgments', ref, '--dir', both, '--json', 'id'], { cwd: elsewhere })).stdout) as Array<{ id: string }>).map((e) => e.id);
    expect(await named('en')).toEqual(['en']);
    expect(await named('en/')).toEqual(['a']);
  });

  it('a folder inside the briefs directory through a link out of it needs --follow; a missing one says what to give', async () => {
    const outside = makeTree({ 'x.md': briefText({ body: '## Summary\n\nIt is likely.\n' }) });
    const dir = makeTree({ 'en/a.md': briefText() });
    symlinkSync(outside, join(dir, 'linked'));
    const elsewhere = makeTree({});
    const r = await runCli(['judgments', 'linked/', '--dir', dir], { cwd: elsewhere });
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `brief: ${join(dir, 'linked')} is a symbolic link out of ${dir}; use --follow to read it, or give its path\n` });
    expect((await runCli(['judgments', 'linked/', '--dir', dir, '--follow'], { cwd: elsewhere })).stdout).toMatch(/^x\t9\t5\tlikely\t/);
    for (const command of ['judgments', 'indicators']) {
      const missing = await runCli([command, './nope/', '--dir', dir], { cwd: elsewhere });
      expect(missing, command).toMatchObject({ code: 2, stdout: '',
        stderr: `brief: no such folder: ./nope/, here or in ${dir}; give a folder of briefs, a brief's id or the path of its .md file\n` });
    }
  });

  it('list --json says which ids are shared and what names each brief; every ref works', async () => {
    const r = await inCorpus('list', '--json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const list = JSON.parse(r.stdout) as Array<{ id: string; ref: string; ambiguous: boolean }>;
    expect(list.filter((b) => b.ambiguous).map((b) => b.ref).sort()).toEqual(MALI);
    expect(list.filter((b) => !b.ambiguous).every((b) => b.ref === b.id)).toBe(true);
    for (const b of list) expect((await inCorpus('show', b.ref, '--json', 'id')).code, b.ref).toBe(0);
  });

  it('list shows shared ids by their path on a terminal, keeps the id column when piped, and says so on stderr', async () => {
    const note = `brief: id "mali-transition-elections" names more than one brief; give such a brief by its path in the briefs directory, as in "brief show ${MALI[0]}"\n`;
    const table = await runCli(['list', '--dir', CORPUS, '--since', '2024-07-15', '--until', '2024-07-15', '--color', 'never'], { tty: { columns: 120 } });
    expect(table.stdout.split('\n').slice(1, 3).map((l) => l.split(/\s+/)[1])).toEqual(MALI);
    // On a terminal the note wraps to the window (issue 15).
    expect(table.stderr.replace(/\n {2}/g, ' ')).toBe(note);
    const piped = await inCorpus('list', '--since', '2024-07-15', '--until', '2024-07-15');
    expect(piped.stdout.split('\n').slice(0, 2).map((l) => l.split('\t')[0])).toEqual(['mali-transition-elections', 'mali-transition-elections']);
    expect(piped.stderr).toBe(note);
    // No note when the filters leave them out.
    expect((await inCorpus('list', '--since', '2025-01-01')).stderr).toBe('');
  });

  it('search, judgments and indicators name a brief whose id is shared by its path on a terminal, as list does, so that it can be shown next', async () => {
    const tty = { tty: { columns: 100 } };
    const found = await runCli(['search', 'mali', '--dir', CORPUS, '--color', 'never'], tty);
    const headings = found.stdout.split('\n').filter((l) => l.startsWith('en/') || l.startsWith('fr/') || l.startsWith('mali'));
    expect(headings.map((l) => l.split(/\s+/)[0])).toEqual(MALI);
    // Each name shown works as the argument of the next command.
    for (const ref of MALI) expect((await inCorpus('show', ref)).code).toBe(0);
    const twin = briefText({ front: 'scenarios:\n  A:\n    indicators: [Talks resume]\n', body: '## Summary\n\nA deal is likely.\n\n## Scenarios\n\n### A. Talks\n\nText.\n' });
    const dir = makeTree({ 'en/x.md': twin, 'fr/x.md': twin });
    for (const command of ['judgments', 'indicators']) {
      const r = await runCli([command, '--dir', dir, '--color', 'never'], tty);
      expect(r.stdout, command).toMatch(/^en\/x\b/m);
      expect(r.stdout, command).toMatch(/^fr\/x\b/m);
    }
    // Piped, the first column keeps the id, as list's does.
    const piped = await runCli(['search', 'mali', '--dir', CORPUS]);
    expect(new Set(piped.stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]))).toEqual(new Set(['mali-transition-elections']));
    for (const command of ['judgments', 'indicators']) {
      const r = await runCli([command, '--dir', dir]);
      expect(r.stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]), command).toEqual(['x', 'x']);
    }
  });

  it('completion offers a shared id by the path of each brief', async () => {
    const ids = (await runCli(['__complete', '--dir', CORPUS, 'show', ''])).stdout.split('\n');
    expect(ids).toEqual(expect.arrayContaining([...MALI, 'sri-lanka-debt-restructuring']));
    expect(ids).not.toContain('mali-transition-elections');
    expect((await runCli(['__complete', '--dir', CORPUS, 'show', 'fr/'])).stdout).toBe(`${MALI[1]}\n`);
    expect((await runCli(['__complete', '--dir', CORPUS, 'scenario', MALI[0]!, ''])).stdout).toBe('A\nB\nC\n');
  });
});

describe('the frontmatter of a site in every output', () => {
  it('url is shown in show and summary headers, in the text export, and in the JSON as written', async () => {
    const url = 'https://example.net/eastern-neighbourhood/moldova-energy-winter';
    expect((await inCorpus('show', 'moldova-energy-winter')).stdout).toContain(`\nurl:\t${url}\n`);
    expect((await inCorpus('summary', 'moldova-energy-winter')).stdout).toContain(`\nURL: ${url}\n`);
    expect((await inCorpus('export', 'moldova-energy-winter')).stdout).toContain(`\nURL: ${url}\n`);
    expect(JSON.parse((await inCorpus('export', 'moldova-energy-winter', '--json')).stdout)).toMatchObject({ url, updated: null });
    const terminal = await runCli(['show', 'moldova-energy-winter', '--dir', CORPUS, '--no-pager', '--color', 'never'], { tty: { columns: 100 } });
    expect(terminal.stdout).toContain(`URL: ${url}`);
  });

  it('a url never reaches the terminal as a control sequence; the JSON keeps it exact', async () => {
    const dir = makeTree({ 'x.md': briefText({ front: 'url: "https://e.org/\\e]8;;https://evil/\\a\\e[2Jx"\n' }) });
    for (const args of [['show', 'x', '--no-pager'], ['summary', 'x'], ['export', 'x']]) {
      const r = await runCli([...args, '--dir', dir, '--color', 'never'], { tty: { columns: 80 } });
      expect(r.stdout, args[0]).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(r.stdout, args[0]).toContain('URL: https://e.org/');
    }
    expect(JSON.parse((await runCli(['show', 'x', '--dir', dir, '--json'])).stdout).url).toBe('https://e.org/\u001b]8;;https://evil/\u0007\u001b[2Jx');
  });

  it('lastmod is shown as Updated and exported as updated; draft gives the status', async () => {
    const r = await inCorpus('summary', 'west-africa-cocoa-smuggling', '--json', 'updated,status,tags');
    expect(JSON.parse(r.stdout)).toEqual({ updated: '2024-11-19', status: 'draft', tags: ['trade', 'west-africa'] });
    expect((await inCorpus('show', 'west-africa-cocoa-smuggling')).stdout).toMatch(/^date:\t2024-11-05\nupdated:\t2024-11-19\n/m);
  });

  it('a brief dated to a month or year keeps its date, sorts by it and matches --since/--until as a period', async () => {
    const list = async (...args: string[]) => (await inCorpus('list', ...args)).stdout.trimEnd().split('\n').map((l) => l.split('\t').slice(0, 2).join(' '));
    expect(await list('--since', '2013-06-01', '--until', '2013-12-31')).toEqual(
      ['nile-dam-diversion 2013-06-14', 'cyprus-bailout-forecast 2013-06', 'south-caucasus-gas-corridor-2025 2013']);
    expect(await list('--since', '2013-07', '--until', '2013')).toEqual(['south-caucasus-gas-corridor-2025 2013']);
    expect(JSON.parse((await inCorpus('show', 'cyprus-bailout-forecast', '--json', 'date')).stdout)).toEqual({ date: '2013-06' });
  });

  it('--since takes a month or a year, and refuses an impossible one', async () => {
    expect((await inCorpus('list', '--since', '2025', '--json', 'id')).code).toBe(0);
    const r = await inCorpus('list', '--since', '2013-13');
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: 'brief: --since "2013-13" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY\n' });
  });

  it('lint reads the corpus frontmatter without a frontmatter or duplicate-id finding', async () => {
    const r = await runCli(['lint', CORPUS, '--format', 'json']);
    const rules = (JSON.parse(r.stdout) as Array<{ rule: string; file: string }>).filter((m) => !m.file.endsWith('README.md')).map((m) => m.rule);
    expect(rules.filter((rule) => rule.startsWith('frontmatter-') || rule === 'duplicate-id')).toEqual([]);
  });

  it('the schemas accept the corpus frontmatter and its JSON', async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const frontmatter = ajv.compile(JSON.parse((await runCli(['schema', 'frontmatter'])).stdout));
    const json = JSON.parse((await runCli(['schema', 'json'])).stdout) as { $id: string };
    const validate = ajv.compile(json);
    const list = ajv.getSchema(`${json.$id}#/definitions/list`)!;
    const entries = JSON.parse((await inCorpus('list', '--json')).stdout) as Array<{ ref: string; path: string }>;
    expect(list(entries), ajv.errorsText(list.errors)).toBe(true);
    const yaml = (await import('js-yaml')).default;
    const { readFileSync } = await import('node:fs');
    // The corpus README is a Markdown file of the folder, not a brief.
    for (const { ref, path } of entries.filter((e) => !e.path.endsWith('README.md'))) {
      const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
      const data = yaml.load(text.split('\n---\n')[0]!.replace(/^---\n/, ''), { schema: yaml.CORE_SCHEMA });
      expect(frontmatter(data), `${ref}: ${ajv.errorsText(frontmatter.errors)}`).toBe(true);
      expect(validate(JSON.parse((await inCorpus('export', ref, '--json')).stdout)), `${ref}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(frontmatter({ title: 'T', author: 'A', date: '2013-13' })).toBe(false);
  });
});
