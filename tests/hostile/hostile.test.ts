/** The hostile corpus through every command: nothing runs, nothing leaks, nothing hangs, the good survive. */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runInTerminal } from '../helpers/cli.js';
import { buildCorpus, type Corpus } from './corpus.js';

/** Any control character or bidi override; on a terminal, our own SGR colour codes are removed first. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const STACK = /^\s+at .+[:(]\d+/m;
const withoutColour = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

let corpus: Corpus;
beforeAll(() => { corpus = buildCorpus(); });
afterAll(() => { expect(existsSync(corpus.marker)).toBe(false); });

function expectSafe(r: { stdout: string; stderr: string }): void {
  expect(r.stdout).not.toMatch(CONTROL);
  expect(r.stderr).not.toMatch(CONTROL);
  expect(r.stderr).not.toMatch(STACK);
}

describe('hostile corpus', () => {
  it('list names every broken file on stderr, lists the good ones, exits 0', async () => {
    const r = await runCli(['list', '--dir', corpus.dir], {});
    expectSafe(r);
    expect(r.code).toBe(0);
    const listed = r.stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]);
    for (const id of corpus.goodIds) expect(listed).toContain(id);
    for (const name of ['binary', 'empty', 'utf16', 'latin1', 'too-large', 'alias-bomb', 'no-closing-fence', 'fence-0', 'self', 'dangling', 'fifo', 'huge-frontmatter']) {
      expect(r.stderr).toMatch(new RegExp(`${name}\\.md:\\d+: .+ \\(skipped\\)`));
    }
    expect(r.stderr).toMatch(/loop: symbolic link loop; skipped/);
    // Every skipped file is one line; the files with only lint faults are listed.
    expect(listed).toEqual(expect.arrayContaining(['proto-keys', 'blank-before-fence', 'scalar-frontmatter', 'escapes']));
  }, 60_000);

  it('list --json keeps hostile text exact and escaped', async () => {
    const r = await runCli(['list', '--json', '--dir', corpus.dir]);
    expectSafe(r);
    const escapes = JSON.parse(r.stdout).find((b: { id: string }) => b.id === 'escapes');
    expect(escapes.author).toEqual(['\u001b[31mRed Author', '\u009b2J']);
  }, 60_000);

  it('lint reports each broken file with its rule and line, and lints the good ones clean', async () => {
    const r = await runCli(['lint', '--format', 'json', corpus.dir]);
    expectSafe(r);
    expect(r.code).toBe(1);
    const messages: Array<{ file: string; rule: string; line: number }> = JSON.parse(r.stdout);
    const rulesFor = (name: string) => messages.filter((m) => m.file.endsWith(`/${name}`)).map((m) => `${m.rule}@${m.line}`);
    for (let i = 0; i < 11; i += 1) expect(rulesFor(`fence-${i}.md`)).toEqual(['frontmatter-language@1']);
    expect(rulesFor('binary.md')).toEqual(['file-unreadable@1']);
    expect(rulesFor('too-large.md')).toEqual(['file-unreadable@1']);
    expect(rulesFor('no-closing-fence.md')).toEqual(['frontmatter-syntax@1']);
    expect(rulesFor('alias-bomb.md')).toEqual(['frontmatter-syntax@2']);
    expect(rulesFor('long-line.md')).toEqual(['file-unreadable@21']); // good() ends on line 20
    expect(rulesFor('deep-list.md')).toContain('file-unreadable@122'); // 21 + the first item over 200 columns (101)
    expect(rulesFor('scalar-frontmatter.md')).toContain('frontmatter-type@2');
    expect(rulesFor('proto-keys.md')).toEqual(['frontmatter-unknown-key@6', 'frontmatter-unknown-key@7', 'frontmatter-unknown-key@8']);
    for (const id of corpus.goodIds) expect(rulesFor(`${id}.md`)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it.each([
    ['show'], ['summary'], ['scenario'], ['recommendations'], ['export'],
  ])('%s on the escapes brief prints no control sequence', async (command) => {
    const r = await runCli([command, 'escapes', '--dir', corpus.dir]);
    expect(r.code).toBe(0);
    expectSafe(r);
  });

  it.each([['show'], ['summary'], ['scenario', 'A'], ['recommendations'], ['list']])('%s in a terminal lets only colour codes through', (command, ...rest) => {
    const args = command === 'list' ? ['list', '--dir', corpus.dir] : [command, 'escapes', ...rest, '--dir', corpus.dir, ...(command === 'show' ? ['--no-pager'] : [])];
    const r = runInTerminal(args, { cols: 100, rows: 50 });
    expect(r.code).toBe(0);
    expect(withoutColour(r.stdout)).not.toMatch(CONTROL);
    expect(r.stdout).toMatch(/\u001b\[[0-9;]*m/);
  }, 60_000);

  it.each(['binary', 'utf16', 'latin1', 'too-large', 'fence-3', 'alias-bomb', 'deep-flow', 'long-line', 'deep-quote', 'self', 'fifo', 'folder'])(
    'show %s fails with one line naming the file, exit 1 or 2, no stack trace', async (name) => {
      const r = await runCli(['show', `${corpus.dir}/${name}.md`]);
      expect([1, 2]).toContain(r.code);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`${name}.md`);
      expectSafe(r);
    });

  it('reports invalid UTF-8 with its byte offset and line', async () => {
    const bytes = readFileSync(`${corpus.dir}/latin1.md`);
    const offset = bytes.indexOf(0xe9);
    const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
    const r = await runCli(['summary', `${corpus.dir}/latin1.md`]);
    expect(r.stderr).toBe(`brief: ${corpus.dir}/latin1.md:${line}: invalid UTF-8 at byte offset ${offset}; save the file as UTF-8\n`);
  });

  it('export -o of every good brief works beside the broken ones', async () => {
    for (const id of corpus.goodIds) {
      const r = await runCli(['export', id, '--json', '--dir', corpus.dir]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).id).toBe(id);
    }
  });

  it('BRIEF_DEBUG is the only way to a stack trace', async () => {
    const r = await runCli(['show', `${corpus.dir}/binary.md`], { env: { BRIEF_DEBUG: '1' } });
    expect(r.stderr).not.toMatch(STACK); // an expected error has no stack even in debug mode
  });
});
