/** Start-up stays light: the heavy renderer and spinner load only where they are used. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT, runCli } from '../helpers/cli.js';

async function loadedModules(args: string[]): Promise<string[]> {
  const dir = makeTree({});
  const file = join(dir, 'trace.txt');
  const r = await runCli(args, { nodeArgs: ['--import', join(ROOT, 'tests/helpers/trace-imports.mjs')], env: { BRIEF_TRACE_FILE: file } });
  expect(r.code).toBe(0);
  return readFileSync(file, 'utf8').split('\n');
}

describe('start-up', () => {
  it('summary --json loads neither marked-terminal, highlight.js nor ora', async () => {
    const modules = await loadedModules(['summary', 'istanbul-talks', '--json']);
    expect(modules.some((m) => m.includes('/dist/cli/main.js'))).toBe(true);
    expect(modules.filter((m) => /marked-terminal|cli-highlight|highlight\.js|\/ora\//.test(m))).toEqual([]);
  });

  it('show on a terminal path does load marked-terminal (the check above can fail)', async () => {
    // --width forces nothing; the trace shows show's renderer import only on a terminal, so
    // import the renderer module directly through the same tracer to prove the pattern matches.
    const modules = await loadedModules(['--version']);
    expect(modules.some((m) => m.includes('marked-terminal'))).toBe(false);
    const dir = makeTree({});
    const file = join(dir, 'trace.txt');
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['--import', join(ROOT, 'tests/helpers/trace-imports.mjs'), '-e', `import(${JSON.stringify(join(ROOT, 'dist/render/terminal.js'))})`],
      { env: { ...process.env, BRIEF_TRACE_FILE: file } });
    expect(readFileSync(file, 'utf8')).toMatch(/marked-terminal/);
  });
});
