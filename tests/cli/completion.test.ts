/** Shell completion, in the real shells: bash (compgen), zsh, fish (`complete -C`). */
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseEnv, BIN, BRIEFS, briefText, makeTree, ROOT, runCli } from '../helpers/cli.js';

const has = (shell: string): boolean => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
// CI installs zsh and fish (.ci/run); elsewhere they are tested where installed.
const zsh = has('zsh') || process.env.CI === 'true';
const fish = has('fish') || process.env.CI === 'true';

/** A PATH with `brief` on it, as a user's shell would have. */
const binDir = makeTree({});
writeFileSync(join(binDir, 'brief'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
chmodSync(join(binDir, 'brief'), 0o755);
const env = { ...baseEnv({ BRIEF_DIR: BRIEFS }), PATH: `${binDir}:${process.env.PATH}` };

/** git in `dir`, with no configuration of this machine's. */
const git = (dir: string, ...args: string[]) => spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args],
  { cwd: dir, env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1' }, encoding: 'utf8' });

/** A repository holding one brief, x, in one commit on main. */
function gitTree(): string {
  const dir = makeTree({ 'x.md': briefText() });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'one');
  return dir;
}

function shell(name: string, script: string): string {
  const r = spawnSync(name, ['-c', script], { env, cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** bash's default word break characters, as an interactive bash has them. */
const WORDBREAKS = ' \t\n"\'@><=;|&(:';

/**
 * What bash gives a completion function for the words typed (the last being the word under the
 * cursor), with the cursor at the end: COMP_LINE, and COMP_WORDS split at blanks and at runs
 * of the break characters `:`, `=` and `@` (tag:x is tag, :, x), as bash splits them.
 */
function bashReply(words: string[]): { replies: string[]; space: boolean } {
  const line = `brief ${words.join(' ')}`;
  const split = line.split(' ').flatMap((w) => w.match(/[:=@]+|[^:=@]+/g) ?? ['']);
  const array = split.map((w) => `'${w}'`).join(' ');
  const out = shell('bash', `source <(brief completion bash); compopt() { [[ $* == '-o nospace' ]] && NOSPACE=1; return 0; }
    COMP_WORDBREAKS='${WORDBREAKS.replace(/'/g, `'\\''`)}'
    COMP_LINE='${line}'; COMP_POINT=\${#COMP_LINE}; COMP_WORDS=(${array}); COMP_CWORD=${split.length - 1}; _brief
    printf '%s\\n' "\${COMPREPLY[@]}"; [[ -n $NOSPACE ]] && echo '(no space)'`).split('\n').filter(Boolean);
  return { replies: out.filter((l) => l !== '(no space)'), space: !out.includes('(no space)') };
}

/** Completions bash offers for the words typed. */
const bash = (words: string[]): string[] => bashReply(words).replies;

describe('bash', () => {
  it('registers the completion', () => {
    expect(shell('bash', 'source <(brief completion bash); complete -p brief')).toBe('complete -o filenames -F _brief brief\n');
  });
  it.each([
    [['sc'], ['scenario', 'schema']],
    [['show', 'ist'], ['istanbul-talks']],
    [['scenario', 'istanbul-talks', ''], ['A', 'B', 'C', 'D']],
    [['scenario', 'baltic-cable-sabotage', ''], ['1', '2', '3']],
    [['list', '--st'], ['--status']],
    [['list', '--status', ''], ['draft', 'review', 'published']],
    [['lint', '--format', 's'], ['stylish', 'sarif']],
    [['export', 'istanbul-talks', '--format', ''], ['text', 'json', 'html', 'pdf']],
    [['export', 'istanbul-talks', '--paper', ''], ['a4', 'letter']],
    [['completion', ''], ['bash', 'zsh', 'fish']],
    [['ind'], ['indicators']],
    [['indicators', '--st'], ['--status', '--state', '--stale']],
    [['indicators', '--state', ''], ['observed', 'not-observed', 'unclear', 'unknown']],
    [['indicators', 'ist'], ['istanbul-talks']],
    [['judgments', 'baltic-cable-sabotage', 'sah'], ['sahel-grain-corridor']],
    [['indicators', '--status', ''], ['draft', 'review', 'published']],
    [['indicators', '--stale', ''], ['30d', '90d', '6m', '1y']],
    [['search', 't'], ['title:', 'tag:']],
    // bash splits at the =: readline replaces what follows it.
    [['list', '--status=pu'], ['published']],
    [['indicators', '--state=not'], ['not-observed']],
  ])('%j -> %j', (words, expected) => {
    expect(bash(words).sort()).toEqual([...expected].sort());
  });
  it('offers files where a path is expected', () => {
    expect(bash(['lint', 'brie'])).toEqual(['briefs']);
    expect(bash(['export', 'istanbul-talks', '-o', 'READ'])).toEqual(['README.md']);
  });
  it('leaves no space after a search field prefix, and replaces only what follows the colon, as readline does', () => {
    expect(bashReply(['search', 'ti'])).toEqual({ replies: ['title:'], space: false });
    // bash splits tag:mar at the colon: readline replaces "mar", so the reply is the tag alone.
    expect(bashReply(['search', 'tag:mar'])).toEqual({ replies: ['maritime'], space: true });
    expect(bash(['search', 'title:cable', 'tag:'])).toEqual(['analysis', 'climate', 'deterrence', 'food-security', 'government', 'hybrid-threats',
      'infrastructure', 'maritime', 'military', 'politics', 'security', 'society', 'threats', 'trade']);
  });
  it('completes a revision after "<id>@" though bash splits the word at the @', () => {
    const dir = gitTree();
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'two');
    // readline keeps the @ in the text it replaces.
    expect(bash(['--dir', dir, 'diff', 'x@HEAD'])).toEqual(['@HEAD', '@HEAD~1']);
  });
  it('reads ids from --dir', () => {
    const dir = makeTree({ 'only-here.md': '---\ntitle: T\ndate: 2025-01-01\nauthor: A\n---\n' });
    expect(bash(['--dir', dir, 'show', ''])).toEqual(['only-here']);
  });
});

describe.skipIf(!zsh)('zsh', () => {
  // The real zsh runs the real function; compadd and _files are the completion system's, stubbed to print.
  // The stub prints each candidate with the suffix zsh inserts after it: a space unless -S says otherwise.
  const run = (words: string[]): string[] => shell('zsh', `compdef() { :; }; _files() { print FILES; }
    compadd() { local suffix=' '; if [[ $1 == -S ]]; then suffix=$2; shift 2; fi; [[ $1 == -a ]] && printf '%s\\n' "\${(@P)2/%/$suffix}"; }
    source <(brief completion zsh); words=(brief ${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length + 1}; PREFIX=$words[CURRENT]; _brief`).split('\n').filter(Boolean);
  it.each([
    [['sum'], ['summary ']],
    [['recommendations', 'sah'], ['sahel-grain-corridor ']],
    [['scenario', 'istanbul-talks', 'c'], ['C ']],
    [['lint', ''], ['FILES']],
    [['search', 'ti'], ['title:']],
    [['search', 'tag:mar'], ['tag:maritime ']],
    [['indicators', '--stale', '9'], ['90d ']],
  ])('%j -> %j', (words, expected) => {
    expect(run(words)).toEqual(expected);
  });
});

describe.skipIf(!fish)('fish', () => {
  const run = (line: string): string[] => shell('fish', `brief completion fish | source; complete -C '${line}'`).split('\n').filter(Boolean).map((l) => l.split('\t')[0]!);
  it.each([
    ['brief exp', ['export']],
    ['brief show balt', ['baltic-cable-sabotage']],
    ['brief scenario istanbul-talks ', ['A', 'B', 'C', 'D']],
    ['brief list --sor', ['--sort']],
    // fish itself adds no space after a completion that ends with a colon.
    ['brief search ti', ['title:']],
    ['brief search tag:mar', ['tag:maritime']],
    ['brief indicators --stale 9', ['90d']],
  ])('%j -> %j', (line, expected) => {
    expect(run(line)).toEqual(expected);
  });
});

describe('brief __complete', () => {
  const complete = async (...words: string[]) => (await runCli(['__complete', ...words])).stdout.split('\n').filter(Boolean);

  it('offers bands and terms after judgments --band and --term, not file names', async () => {
    const terms = ['almost no chance', 'remote', 'very unlikely', 'highly improbable', 'unlikely', 'improbable', 'roughly even chance',
      'roughly even odds', 'likely', 'probable', 'very likely', 'highly probable', 'almost certain', 'nearly certain'];
    expect((await complete('judgments', '--band', '')).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', ...terms, 'hedge'].sort());
    expect((await complete('judgments', '--term', '')).sort()).toEqual([...terms].sort());
    expect(await complete('judgments', '--term', 'highly')).toEqual(['highly improbable', 'highly probable']);
    expect(await complete('judgments', '--band', 'li')).toEqual(['likely']);
  });

  it('offers only the revisions a repository has after "<id>@": none before the first commit, HEAD~1 from the second', async () => {
    const dir = makeTree({ 'briefs/x.md': '---\ntitle: T\ndate: 2025-01-01\nauthor: A\n---\n' });
    git(dir, 'init', '-q', '-b', 'main');
    const offered = async () => (await runCli(['__complete', 'diff', 'x@HEAD'], { cwd: dir })).stdout.split('\n').filter(Boolean);
    expect(await offered()).toEqual([]);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'one');
    expect(await offered()).toEqual(['x@HEAD']);
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'two');
    expect(await offered()).toEqual(['x@HEAD', 'x@HEAD~1']);
  });

  it('offers the tags and regions the briefs have after --tag and --region, each once, for every command with the filters', async () => {
    const dir = makeTree({
      'a.md': '---\ntitle: A\ndate: 2025-01-01\nauthor: X\ntags: [trade, security]\nregion: [Sahel, South Asia]\n---\n',
      'b.md': '---\ntitle: B\ndate: 2025-01-01\nauthor: X\ntags: [security]\nregion: Sahel\n---\n',
      // A tag with a control character is not offered: it would reach the terminal.
      'c.md': '---\ntitle: C\ndate: 2025-01-01\nauthor: X\ntags: ["bad\\u001b[31mtag"]\n---\n',
    });
    for (const command of ['list', 'search', 'judgments', 'indicators']) {
      expect(await complete('--dir', dir, command, '--tag', ''), command).toEqual(['security', 'trade']);
    }
    expect(await complete('--dir', dir, 'list', '--region', 'S')).toEqual(['Sahel', 'South Asia']);
    expect(await complete('--dir', dir, 'list', '--tag', 'tr')).toEqual(['trade']);
  });

  it('offers ages after indicators --stale, each one it takes', async () => {
    const ages = await complete('indicators', '--stale', '');
    expect(ages).toEqual(['30d', '90d', '6m', '1y']);
    for (const age of ages) {
      const r = await runCli(['indicators', '--stale', age, '--dir', 'tests/fixtures/indicators', '--json', 'id'], { env: { BRIEF_TODAY: '2026-06-01' } });
      expect(r, age).toMatchObject({ code: 0, stderr: '' });
    }
  });

  it('offers the repository\'s revisions after lint --since, and nothing, silently, outside a repository', async () => {
    const dir = gitTree();
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'two');
    git(dir, 'tag', 'v1');
    const since = (cwd: string) => runCli(['__complete', 'lint', '--since', ''], { cwd, env: { GIT_CEILING_DIRECTORIES: dirname(cwd) } });
    expect((await since(dir)).stdout.split('\n').filter(Boolean)).toEqual(['HEAD', 'HEAD~1', 'main', 'v1']);
    expect(await since(makeTree({ 'x.md': '' }))).toMatchObject({ code: 0, stdout: '', stderr: '' });
    // Each is a revision lint --since takes.
    for (const rev of ['HEAD', 'HEAD~1', 'main', 'v1']) expect((await runCli(['lint', '--since', rev, 'x.md'], { cwd: dir })).code, rev).toBe(0);
    // --since of the brief filters is a date: no revisions there, nor file names.
    expect(await complete('list', '--since', 'HE')).toEqual([]);
  });

  it('completes the value of --option=value as after --option value, the option kept before it', async () => {
    expect(await complete('list', '--status=pu')).toEqual(['--status=published']);
    expect(await complete('export', 'istanbul-talks', '--format=')).toEqual(['--format=text', '--format=json', '--format=html', '--format=pdf']);
    expect(await complete('export', 'istanbul-talks', '--json=su')).toEqual(['--json=summary']);
    // No value to complete: an option that takes none, one unknown, or a path (the shell's to complete).
    for (const words of [['list', '--reverse='], ['list', '--nope=x'], ['--dir=bri'], ['search', 'x', '--limit=']]) expect(await complete(...words), words.join(' ')).toEqual([]);
  });

  it('offers file names only for a value that is a path; a number, a date or free text gets nothing', async () => {
    expect(await complete('--dir', '')).toEqual([':files']);
    expect(await complete('export', 'x', '-o', '')).toEqual([':files']);
    for (const words of [['search', 'x', '--limit', ''], ['show', 'x', '--width', ''], ['list', '--author', ''], ['lint', '--max-warnings', ''], ['new', 'x', '--title', ''], ['list', '--until', '']]) {
      expect(await complete(...words), words.join(' ')).toEqual([]);
    }
  });

  it('offers the search field prefixes on a query word, each one the query takes', async () => {
    const prefixes = await complete('search', '');
    expect(prefixes).toEqual(['title:', 'tag:', 'question:', 'summary:', 'scenario:', 'rec:', 'section:']);
    expect(await complete('search', 'border', 's')).toEqual(['summary:', 'scenario:', 'section:']);
    for (const prefix of prefixes) expect((await runCli(['search', `${prefix}cable`])).code, prefix).not.toBe(2);
    // A value of another field is the analyst's to type.
    expect(await complete('search', 'title:ca')).toEqual([]);
  });

  it('offers the briefs\' tags after tag:, a tag of several words as a phrase', async () => {
    const dir = makeTree({
      'a.md': '---\ntitle: A\ndate: 2025-01-01\nauthor: X\ntags: [trade, security, South Asia, say "hi"]\n---\n',
    });
    expect(await complete('--dir', dir, 'search', 'tag:')).toEqual(['tag:"South Asia"', 'tag:security', 'tag:trade']);
    expect(await complete('--dir', dir, 'search', 'ceasefire', 'Tags:tr')).toEqual(['Tags:trade']);
    // The phrase finds its brief.
    expect((await runCli(['--dir', dir, 'search', 'tag:"South Asia"', '--json', 'id'])).stdout).toContain('"a"');
  });

  it('never fails, even on nonsense', async () => {
    const r = await runCli(['__complete', '--dir', '/nonexistent', 'show', '']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
  it('brief help <command> shows that command\'s help', async () => {
    const r = await runCli(['help', 'scenario']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: brief scenario');
  });
});
