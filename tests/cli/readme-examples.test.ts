/**
 * Every shell example in README.md, run as a reader would paste it: in bash (zsh for the zsh
 * line), with `brief` on PATH as the built bin, in a temporary copy of the shipped briefs (some
 * examples write files), in README order (`brief lint briefs/gulf-shipping.md` needs `brief new`
 * first). jq examples run on the jq installed, and are skipped, by name, where there is none.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, BRIEFS, ROOT, baseEnv } from '../helpers/cli.js';

interface Example { command: string; block: string; output?: string }

/** The commands of the README's `sh` blocks, and the `$ ` lines (with their output) of its `text` blocks. */
function readmeExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const [, lang, body] of markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    const lines = body!.split('\n').filter((l) => l.trim() !== '');
    if (lang === 'sh') {
      // A line that is only a comment continues the one above.
      for (const line of lines) if (!line.trim().startsWith('#')) examples.push({ command: line.trim(), block: lang });
    } else if (lang === 'text' && lines[0]?.startsWith('$ ')) {
      const [first, ...output] = lines;
      examples.push({ command: first!.slice(2), block: lang, output: output.join('\n') });
    }
  }
  return examples;
}

/** The project's own commands (install, test, bench, CI), not examples of brief: run by CI itself. */
const PROJECT_COMMANDS = /^(npm |npx vitest|tests\/screenshots\/(make|html)\.sh|\.ci\/run)/;

const has = (program: string): boolean => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
const jq = has('jq');
const zsh = has('zsh');

const examples = readmeExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const runnable = examples.filter((e) => !PROJECT_COMMANDS.test(e.command));

// The copy the examples run in: briefs/, a `brief` on PATH, and a HOME of its own.
const work = mkdtempSync(join(tmpdir(), 'brief-readme-'));
cpSync(BRIEFS, join(work, 'briefs'), { recursive: true });
mkdirSync(join(work, 'bin'));
writeFileSync(join(work, 'bin/brief'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(work, 'bin/brief'), 0o755);
mkdirSync(join(work, 'home/.config/fish/completions'), { recursive: true });
// The import examples' inputs: the project's seed as the pasted article, a publisher-like page, and
// a `pbpaste` (macOS's clipboard) that pastes the seed.
cpSync(join(ROOT, 'tests/fixtures/import/000_3af615d876947f47.txt'), join(work, 'article.txt'));
cpSync(join(ROOT, 'tests/fixtures/import/html/thinktank-report.html'), join(work, 'page.html'));
writeFileSync(join(work, 'bin/pbpaste'), `#!/bin/sh\nexec cat "${join(work, 'article.txt')}"\n`);
chmodSync(join(work, 'bin/pbpaste'), 0o755);
const env = baseEnv({ PATH: `${join(work, 'bin')}:${process.env.PATH}`, HOME: join(work, 'home') });

function run(example: Example): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const zshLine = example.command.includes('completion zsh');
  const [shell, script] = zshLine
    ? ['zsh', `autoload -Uz compinit && compinit -u && ${example.command}`]
    : ['bash', `set -o pipefail; ${example.command}`];
  const child = spawn(shell, ['-c', script], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    // A watch runs until Ctrl-C: interrupt it once it is watching.
    if (example.command.includes('--watch') && stderr.includes('watching for changes')) child.kill('SIGINT');
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** What each example must print, where its output says something checkable. */
const checks: Array<[RegExp, (r: { stdout: string; stderr: string }) => void]> = [
  [/^brief list$/, (r) => expect(r.stdout).toContain('istanbul-talks')],
  [/\| jq -r '\.\[\] \| select/, (r) => expect(r.stdout).toBe('istanbul-talks\n')],
  [/\{label: \.label, likelihood\}/, (r) => expect(r.stdout).toMatch(/"label": "1",\s+"likelihood": "likely"/)],
  [/map\(select\(\.done \| not\)\) \| length/, (r) => expect(r.stdout).toMatch(/^\d+\n$/)],
  [/> archive\.json/, () => expect(JSON.parse(readFileSync(join(work, 'archive.json'), 'utf8'))).toHaveLength(3)],
  [/-o istanbul\.txt/, () => expect(readFileSync(join(work, 'istanbul.txt'), 'utf8')).toContain('Istanbul')],
  [/> brief\.schema\.json/, () => expect(JSON.parse(readFileSync(join(work, 'brief.schema.json'), 'utf8'))).toHaveProperty('$schema')],
  [/^brief judgments --json \| jq/, (r) => expect(r.stdout).toContain('baltic-cable-sabotage\t37\tlikely\t5\n')],
  [/^brief search '"border mechanisms"'/, (r) => expect(r.stdout).toMatch(/^istanbul-talks\t\d+\t/)],
  [/^brief new gulf-shipping/, () => expect(existsSync(join(work, 'briefs/gulf-shipping.md'))).toBe(true)],
  [/^brief import article\.txt/, () => expect(readFileSync(join(work, 'briefs/bilateral-ties-uncertain-as-taliban-pakistan-talks-failed-in-istanbul.md'), 'utf8')).toContain('### D) Greater Involvement of Regional Actors')],
  [/^pbpaste \| brief import - -o -/, (r) => expect(r.stdout).toContain('title: Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul')],
  [/^brief import page\.html --dry-run/, (r) => expect(r.stdout).toMatch(/^---\ntitle: .+\n[\s\S]*\nstatus: draft\n/)],
  [/completion fish >/, () => expect(readFileSync(join(work, 'home/.config/fish/completions/brief.fish'), 'utf8')).toContain('complete -c brief')],
];

describe('README examples', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finds the examples, and every one is either run here or a project command', () => {
    expect(runnable.length).toBeGreaterThan(15);
    for (const e of runnable) expect(e.command, 'an example that is neither brief nor a project command').toMatch(/^(brief |source <\(brief |pbpaste \| brief )/);
  });

  for (const example of runnable) {
    const needs = example.command.includes('| jq') && !jq ? 'jq' : example.command.includes('completion zsh') && !zsh ? 'zsh' : null;
    const name = needs ? `${example.command} (skipped: ${needs} is not installed)` : example.command;
    it.skipIf(needs !== null)(name, async () => {
      const r = await run(example);
      if (example.output !== undefined) {
        // A documented failure: its exact message, and exit 2 (an unknown brief).
        expect(r.stderr.trimEnd()).toBe(example.output);
        expect(r.code).toBe(2);
        return;
      }
      expect(r.stderr, r.stderr).not.toMatch(/jq: error|command not found|unexpected error/);
      expect(r.code, r.stderr).toBe(example.command.includes('--watch') ? 130 : 0);
      for (const [pattern, check] of checks) if (pattern.test(example.command)) check(r);
    }, 20_000);
  }
});
