/** Start-up stays light: the heavy renderer, highlight.js and the spinner load only where used. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT, runCli } from '../helpers/cli.js';

const HEAVY = ['marked-terminal', 'cli-highlight', 'highlight.js', 'ora', 'cli-table3'];

/** The npm packages whose code a run loaded: bundle chunks (via esbuild's metafile) and required modules. */
async function loadedPackages(args: string[], options: { cwd?: string } = {}): Promise<Set<string>> {
  const dir = makeTree({});
  const file = join(dir, 'trace.txt');
  const r = await runCli(args, { cwd: options.cwd, nodeArgs: ['--import', join(ROOT, 'tests/helpers/trace-imports.mjs')], env: { BRIEF_TRACE_FILE: file } });
  expect(r.code).toBe(0);
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/bundle/meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const packages = new Set<string>();
  const packageOf = (path: string): string => {
    const rest = path.split('node_modules/').pop()!;
    return rest.startsWith('@') ? rest.split('/').slice(0, 2).join('/') : rest.split('/')[0]!;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const chunk = /\/(dist\/bundle\/[^/]+\.js)$/.exec(line)?.[1];
    if (chunk && meta.outputs[chunk]) {
      for (const input of Object.keys(meta.outputs[chunk]!.inputs)) if (input.includes('node_modules/')) packages.add(packageOf(input));
    } else if (line.startsWith('cjs:') && !line.startsWith('cjs:node:')) {
      packages.add(line.slice(4).includes('node_modules/') ? packageOf(line.slice(4)) : line.slice(4).split('/')[0]!);
    }
  }
  return packages;
}

describe('start-up', () => {
  it('summary --json loads the parser but neither marked-terminal, highlight.js nor ora', async () => {
    const packages = await loadedPackages(['summary', 'istanbul-talks', '--json']);
    expect(packages).toContain('marked');
    expect(packages).toContain('js-yaml');
    expect(HEAVY.filter((p) => packages.has(p))).toEqual([]);
  });

  it('show in terminal mode loads marked-terminal but not highlight.js for a brief without code', async () => {
    const packages = await loadedPackages(['show', 'istanbul-talks', '--format', 'terminal']);
    expect(packages).toContain('marked-terminal');
    expect(packages.has('cli-highlight')).toBe(false);
    expect(packages.has('ora')).toBe(false);
  });

  it('highlight.js loads when a brief has a code block', async () => {
    const dir = makeTree({ 'briefs/code.md': '---\ntitle: C\ndate: 2025-01-01\nauthor: A\n---\n\n```js\nconst x = 1;\n```\n' });
    // With colour, as on a terminal: without it marked-terminal does not highlight at all.
    const packages = await loadedPackages(['show', 'code', '--format', 'terminal', '--color', 'always'], { cwd: dir });
    expect(packages).toContain('cli-highlight');
  });

  it('--version loads neither the parser nor any renderer', async () => {
    const packages = await loadedPackages(['--version']);
    expect(['marked', 'js-yaml', ...HEAVY].filter((p) => packages.has(p))).toEqual([]);
  });
});
