/**
 * Findings 3, 11 (config part) and 19 (config part) of the fault review: `.briefrc.json` is looked
 * up only to the repository root or the home folder, trusted only when the user owns it and others
 * cannot write it, capped in size and depth, and its options are checked against the schema.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULE_OPTIONS, validateConfig } from '../../src/lint/config.js';
import { PROJECT_RULES, RULES, RULE_IDS } from '../../src/lint/rules/index.js';
import { BIN, briefText, makeTree, ROOT, runCli, type Result } from '../helpers/cli.js';

const root = process.getuid?.() === 0;
const NOBODY = 65534;

/** A tree with its own briefs (`mine`), a planted folder (`planted`), and a config pointing there. */
function plantedTree(configAt: string, extra: Record<string, string> = {}): string {
  return makeTree({
    [join(configAt, '.briefrc.json')]: JSON.stringify({ dir: 'planted', rules: { 'section-missing': 'off' } }),
    [join(configAt, 'planted/planted.md')]: briefText(),
    'work/briefs/mine.md': '---\ntitle: Mine\ndate: 2025-01-01\nauthor: A\n---\n\nNo sections: lint finds errors.\n',
    ...extra,
  });
}

/** `list` in `work/`, HOME being the tree's `home/` unless given. */
const list = (tree: string, env: Record<string, string> = {}): Promise<Result> =>
  runCli(['list'], { cwd: join(tree, 'work'), env: { HOME: join(tree, 'home'), ...env } });

const ids = (r: Result): string[] => r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!);

/** One line on stderr, naming the file. */
function expectOneLine(r: Result, file: string, text: string): void {
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr).toMatch(/^brief: /);
  expect(r.stderr).toContain(file);
  expect(r.stderr).toContain(text);
}

describe('which .briefrc.json is trusted', () => {
  it.skipIf(!root)('one owned by another user is ignored, with a warning, even in a parent folder', async () => {
    const tree = plantedTree('.');
    chownSync(join(tree, '.briefrc.json'), NOBODY, NOBODY);
    const r = await list(tree);
    expect(r.code).toBe(0);
    expect(ids(r)).toEqual(['mine']);
    expectOneLine(r, join(tree, '.briefrc.json'), `owned by another user (uid ${NOBODY}); ignored`);
    // Its rule settings are not applied either.
    const lint = await runCli(['lint'], { cwd: join(tree, 'work'), env: { HOME: join(tree, 'home') } });
    expect(lint.stdout).toContain('section-missing');
    expect(lint.code).toBe(1);
  });

  it.skipIf(!root)('under sudo, the invoking user\'s file is theirs (as git does)', async () => {
    const tree = plantedTree('.');
    chownSync(join(tree, '.briefrc.json'), NOBODY, NOBODY);
    const r = await list(tree, { SUDO_UID: String(NOBODY) });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(ids(r)).toEqual(['planted']);
  });

  it('one writable by every user is ignored, with a warning', async () => {
    const tree = plantedTree('.');
    chmodSync(join(tree, '.briefrc.json'), 0o666);
    const r = await list(tree);
    expect(r.code).toBe(0);
    expect(ids(r)).toEqual(['mine']);
    expectOneLine(r, join(tree, '.briefrc.json'), 'writable by every user; ignored');
  });

  it.skipIf(!root)('an unreadable one (mode 000) is ignored with one line: list still works (exit 0)', () => {
    const tree = plantedTree('.');
    const config = join(tree, '.briefrc.json');
    chmodSync(config, 0o000);
    // nobody owns the tree, so the file is theirs and only its mode stops them.
    spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, tree]);
    chmodSync(tree, 0o755);
    const command = `cd '${join(tree, 'work')}' && HOME='${join(tree, 'home')}' exec '${process.execPath}' '${BIN}' list`;
    const r = spawnSync('su', ['nobody', '-s', '/bin/sh', '-c', command], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    expect(ids({ code: 0, stdout: r.stdout, stderr: '' })).toEqual(['mine']);
    expectOneLine({ code: 0, stdout: '', stderr: r.stderr }, config, 'cannot be read (EACCES); ignored');
  });
});

describe('where .briefrc.json is looked for', () => {
  it('not above the repository root (a folder holding .git, a folder or a file)', async () => {
    for (const git of ['work/.git/HEAD', 'work/.git']) {
      const tree = plantedTree('.', { [git]: 'ref: refs/heads/main\n' });
      const r = await list(tree);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(ids(r)).toEqual(['mine']);
    }
  });

  it('not above the home folder', async () => {
    const tree = plantedTree('.');
    const r = await list(tree, { HOME: join(tree, 'work') });
    expect(ids(r)).toEqual(['mine']);
  });

  it('at the repository root and in the home folder themselves, and from folders below them', async () => {
    const inRepo = plantedTree('.', { '.git/HEAD': 'ref: refs/heads/main\n', 'work/deeper/.keep': '' });
    const r = await runCli(['list'], { cwd: join(inRepo, 'work/deeper'), env: { HOME: '/nonexistent' } });
    expect(ids(r)).toEqual(['planted']);
    const inHome = plantedTree('.');
    expect(ids(await list(inHome, { HOME: inHome }))).toEqual(['planted']);
  });
});

describe('what .briefrc.json may hold', () => {
  /** Runs `lint` in a tree whose config (in its root, a git repository) is `text`. */
  async function lintWith(text: string | Uint8Array, files = 1): Promise<{ r: Result; config: string }> {
    const tree = makeTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.briefrc.json': text });
    mkdirSync(join(tree, 'briefs'));
    for (let i = 0; i < files; i += 1) writeFileSync(join(tree, `briefs/b${i}.md`), briefText({ front: 'summary: one two three four\n' }));
    return { r: await runCli(['lint'], { cwd: tree }), config: join(tree, '.briefrc.json') };
  }

  it('a UTF-8 byte order mark is accepted', async () => {
    const { r } = await lintWith(`\ufeff${JSON.stringify({ rules: { 'summary-length': ['error', { maxWords: 3 }] } })}`);
    expect(r.stderr).not.toContain('.briefrc.json');
    expect(r.stdout).toContain('summary-length');
  });

  it.each([
    [{ 'summary-length': ['warn', { maxWords: -5 }] }, 'option "maxWords" must be a whole number of 1 or more, not -5'],
    [{ 'summary-length': ['warn', { maxWords: 'abc' }] }, 'option "maxWords" must be a whole number of 1 or more, not "abc"'],
    [{ 'summary-length': ['warn', { maxWords: 0 }] }, 'option "maxWords" must be a whole number of 1 or more, not 0'],
    [{ 'summary-length': ['warn', { maxWords: 2.5 }] }, 'option "maxWords" must be a whole number of 1 or more, not 2.5'],
    [{ 'summary-length': ['warn', { maxWord: 5 }] }, 'rule "summary-length": unknown option "maxWord" (known: maxWords)'],
    [{ 'file-name': ['warn', { strict: true }] }, 'rule "file-name": unknown option "strict" (it takes no options)'],
    [{ 'file-name': ['warn', {}, 'extra'] }, 'rule "file-name": use a severity or [severity, options]'],
  ])('rules %j are refused (exit 2): %s', async (rules, message) => {
    const { r, config } = await lintWith(JSON.stringify({ rules }));
    expect(r.code).toBe(2);
    expectOneLine(r, config, message);
  });

  it('options nested 5,000 deep are refused in one line, before 1,501 files reach the lint workers', async () => {
    const deep = `${'{"a":'.repeat(5000)}{}${'}'.repeat(5000)}`;
    const { r, config } = await lintWith(`{"rules":{"file-name":["warn",{"unused":${deep}}]}}`, 1501);
    expect(r.code).toBe(2);
    expectOneLine(r, config, 'nested more than 32 levels deep');
    expect(r.stderr).not.toContain('stack');
  });

  it('a 3 GB (sparse) file is refused before it is read', async () => {
    const { config } = await lintWith('{}');
    truncateSync(config, 3 * 1024 ** 3);
    const started = Date.now();
    const r = await runCli(['list'], { cwd: join(config, '..') });
    rmSync(config); // sparse, but 3 GB to anything that copies the temp folder
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    expectOneLine(r, config, 'larger than 1 MiB');
  });
});

describe('docs/briefrc.schema.json and brief agree', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'docs/briefrc.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ strict: false }).compile(schema);
  const accepts = (config: unknown): boolean => {
    try {
      validateConfig(config, '.briefrc.json', RULE_IDS);
      return true;
    } catch {
      return false;
    }
  };
  it('every rule\'s default options are the options the config accepts, and pass its checks', () => {
    for (const rule of [...RULES, ...PROJECT_RULES]) {
      const defaults = rule.defaultOptions ?? {};
      expect(Object.keys(RULE_OPTIONS[rule.id] ?? {}), rule.id).toEqual(Object.keys(defaults));
      expect(accepts({ rules: { [rule.id]: ['warn', defaults] } }), rule.id).toBe(true);
      expect(validate({ rules: { [rule.id]: ['warn', defaults] } }), rule.id).toBe(true);
    }
  });

  it.each([
    { rules: { 'summary-length': ['warn', { maxWords: 60 }] } },
    { rules: { 'summary-length': ['warn', { maxWords: -5 }] } },
    { rules: { 'summary-length': ['warn', { maxWords: 'abc' }] } },
    { rules: { 'summary-length': ['warn', { maxWords: 1.5 }] } },
    { rules: { 'summary-length': ['warn', { other: 1 }] } },
    { rules: { 'summary-length': 'off', 'file-name': ['error'] } },
    { rules: { 'file-name': ['warn', {}] } },
    { rules: { 'file-name': ['warn', { x: 1 }] } },
    { rules: { 'file-name': ['warn', {}, 1] } },
    { rules: { 'file-name': [] } },
    { rules: { 'no-such-rule': 'warn' } },
    { rules: { 'section-missing': ['warn', { require: ['scenarios'] }] } },
    { rules: { 'section-missing': ['warn', { require: [] }] } },
    { rules: { 'section-missing': ['warn', { require: ['scenarios', 'scenarios'] }] } },
    { rules: { 'section-missing': ['warn', { require: ['summary'] }] } },
    { rules: { 'section-missing': ['warn', { require: 'scenarios' }] } },
    { overrides: [{ files: 'forecasts/**', rules: { 'section-missing': ['error', { require: ['scenarios'] }] } }] },
    { overrides: [{ files: ['a/*.md', 'b/**'], excludedFiles: 'a/x.md', rules: { 'estimative-hedge': 'off' } }] },
    { overrides: [{ files: 'a/**', rules: { 'no-such-rule': 'off' } }] },
    { overrides: [{ files: 'a/**' }] },
    { overrides: [{ rules: {} }] },
    { overrides: [{ files: 5, rules: {} }] },
    { overrides: [{ files: [], rules: {} }] },
    { overrides: [{ files: '', rules: {} }] },
    { overrides: [{ files: '/abs/**', rules: {} }] },
    { overrides: [{ files: '../up/**', rules: {} }] },
    { overrides: [{ files: 'a\\b.md', rules: {} }] },
    { overrides: [{ files: 'a/**', rules: {}, other: 1 }] },
    { overrides: { files: 'a/**', rules: {} } },
    { dir: 'briefs', $schema: './docs/briefrc.schema.json' },
    { dir: 5 },
    { $schema: {} },
    { other: true },
  ])('%j', (config) => {
    expect(accepts(config)).toBe(validate(config));
  });
});
