/**
 * Start-up stays light: the heavy renderer, highlight.js and the spinner run only where used.
 * The bundle is one file whose modules start on first import, so "loaded" here means "ran": the
 * run's V8 coverage (NODE_V8_COVERAGE) says which of the bundle's code executed, and the bundle's
 * source map which package that code came from. Packages required at run time from node_modules
 * (highlight.js) appear in the coverage under their own file names.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTree, ROOT, runBin } from '../helpers/cli.js';

const HEAVY = ['marked-terminal', 'cli-highlight', 'highlight.js', 'ora', 'cli-table3', 'linkedom', '@mozilla/readability', 'turndown', 'mammoth'];
const BUNDLE = join(ROOT, 'dist/bundle/brief.js');

interface Coverage { result: Array<{ url: string; functions: Array<{ ranges: Array<{ startOffset: number; endOffset: number; count: number }> }> }> }

function packageOf(path: string): string | null {
  if (!path.includes('node_modules/')) return null;
  const rest = path.split('node_modules/').pop()!;
  return rest.startsWith('@') ? rest.split('/').slice(0, 2).join('/') : rest.split('/')[0]!;
}

/** The npm packages whose code a run executed. */
async function ranPackages(args: string[], options: { cwd?: string } = {}): Promise<Set<string>> {
  const dir = makeTree({});
  const r = await runBin(args, { cwd: options.cwd, env: { NODE_V8_COVERAGE: dir } });
  expect(r.code).toBe(0);
  const coverage = readdirSync(dir).filter((f) => f.startsWith('coverage-')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Coverage);
  const scripts = coverage.flatMap((c) => c.result);
  const packages = new Set<string>();
  for (const script of scripts) {
    const path = script.url.startsWith('file:') ? fileURLToPath(script.url) : script.url;
    const ran = script.functions.some((f) => f.ranges[0]!.count > 0);
    const name = packageOf(path);
    if (name && ran) packages.add(name);
  }
  const bundle = scripts.find((s) => s.url.startsWith('file:') && fileURLToPath(s.url) === BUNDLE);
  expect(bundle, 'the run executed dist/bundle/brief.js').toBeDefined();

  // Every function the run called, by the package its first mapped token comes from. esbuild puts
  // a lazily started module's top-level code in a function, so a module that started counts too.
  // (Hoisted declarations sit at the script's top level, which runs whatever happens: skipped.)
  const source = readFileSync(BUNDLE, 'utf8');
  const functions = bundle!.functions.map((f) => f.ranges[0]!);
  const wrapped = Math.max(...functions.map((r) => r.endOffset));
  const shift = wrapped - source.length - 4; // bin/brief.js runs "<prefix>" + source + "\n});"
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const map = new SourceMap(JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')));
  for (const range of functions) {
    if (range.count === 0 || range.endOffset - range.startOffset > source.length / 2) continue;
    for (let i = Math.max(0, range.startOffset - shift); i < range.endOffset - shift; i += 1) {
      let line = lineStarts.length - 1;
      while (lineStarts[line]! > i) line -= 1;
      const column = i - lineStarts[line]!;
      const entry = map.findEntry(line, column) as { originalSource?: string; generatedLine?: number; generatedColumn?: number };
      // Only where a mapping starts: between mappings (esbuild's glue) findEntry answers with
      // the mapping before, which may belong to the module before.
      if (entry.generatedLine !== line || entry.generatedColumn !== column || !entry.originalSource) continue;
      const name = packageOf(entry.originalSource);
      if (name) packages.add(name);
      break;
    }
  }
  return packages;
}

/**
 * The packages in the bundle's start-up graph: what entry.ts reaches through static imports.
 * esbuild runs such ES modules' top-level code at load, outside any function, where the coverage
 * above cannot see it; what is reached only through import() starts on first use.
 */
function startupPackages(): Set<string> {
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/bundle/meta.json'), 'utf8')) as { inputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }> };
  const entry = Object.keys(meta.inputs).find((k) => k.endsWith('src/cli/entry.ts'))!;
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const i of meta.inputs[queue.pop()!]?.imports ?? []) {
      if (i.kind === 'import-statement' && !i.external && !seen.has(i.path)) { seen.add(i.path); queue.push(i.path); }
    }
  }
  return new Set([...seen].map(packageOf).filter((p): p is string => p !== null));
}

describe('start-up', () => {
  it('the start-up graph holds the argument parser but no parser, renderer, colours or spinner', () => {
    const packages = startupPackages();
    expect([...packages].filter((p) => ['marked', 'js-yaml', 'chalk', ...HEAVY].includes(p))).toEqual([]);
    expect(packages).toContain('@commander-js/extra-typings');
  });

  it('summary --json runs the parser but neither marked-terminal, highlight.js, ora nor chalk', async () => {
    const packages = await ranPackages(['summary', 'istanbul-talks', '--json']);
    expect(packages).toContain('marked');
    expect(packages).toContain('js-yaml');
    expect([...HEAVY, 'chalk'].filter((p) => packages.has(p))).toEqual([]);
  });

  it('colour (chalk) runs when output goes to a terminal or --color always asks for it', async () => {
    expect(await ranPackages(['summary', 'istanbul-talks', '--color', 'always'])).toContain('chalk');
  });

  it('show in terminal mode loads marked-terminal but not highlight.js for a brief without code', async () => {
    const packages = await ranPackages(['show', 'istanbul-talks', '--format', 'terminal']);
    expect(packages).toContain('marked-terminal');
    expect(packages.has('cli-highlight')).toBe(false);
    expect(packages.has('ora')).toBe(false);
  });

  it('highlight.js loads when a brief has a code block', async () => {
    const dir = makeTree({ 'briefs/code.md': '---\ntitle: C\ndate: 2025-01-01\nauthor: A\n---\n\n```js\nconst x = 1;\n```\n' });
    // With colour, as on a terminal: without it marked-terminal does not highlight at all.
    const packages = await ranPackages(['show', 'code', '--format', 'terminal', '--color', 'always'], { cwd: dir });
    expect(packages).toContain('cli-highlight');
  });

  it('--version loads neither the parser nor any renderer', async () => {
    const packages = await ranPackages(['--version']);
    expect(['marked', 'js-yaml', ...HEAVY].filter((p) => packages.has(p))).toEqual([]);
  });
});

describe('the code cache', () => {
  /** A copy of the built CLI in a temporary folder, to tamper with. */
  function copyOfCli(): { dir: string; bundle: string } {
    const dir = makeTree({});
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist/bundle'), join(dir, 'dist/bundle'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    return { dir, bundle: join(dir, 'dist/bundle/brief.js') };
  }
  const version = (dir: string): string => execFileSync(process.execPath, [join(dir, 'bin/brief.js'), '--version'], { encoding: 'utf8' }).trim();

  it('is named after the build, so a cache from another build of the same length is never used', () => {
    const { dir, bundle } = copyOfCli();
    expect(readdirSync(join(dir, 'dist/bundle')).filter((f) => f.endsWith('.cache'))).toHaveLength(1);
    const source = readFileSync(bundle, 'utf8');
    const current = version(dir);
    const other = current.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    // Another build: the same length, another version string and another build id (V8 would
    // take the old cache for it, since it checks only the length).
    writeFileSync(bundle, source.replace(`"${current}"`, `"${other}"`).replace(/brief-build [0-9a-f]+/, 'brief-build 0123456789abcdef'));
    expect(version(dir)).toBe(other);
  });

  it('a damaged cache is refused and the bundle compiles as usual', () => {
    const { dir } = copyOfCli();
    const cache = readdirSync(join(dir, 'dist/bundle')).find((f) => f.endsWith('.cache'))!;
    writeFileSync(join(dir, 'dist/bundle', cache), Buffer.alloc(4096, 7));
    expect(version(dir)).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
