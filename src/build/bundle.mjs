#!/usr/bin/env node
/**
 * Builds what bin/brief.js runs: dist/bundle/brief.js (the CLI), dist/bundle/lint-worker.js
 * and brief-worker.js (the worker threads of lint, and of export --all and judgments), each one
 * CommonJS file, then V8's code cache for the CLI.
 *
 * Why CommonJS and one file: start-up is most of a `brief summary` run. An ES module entry and
 * each extra module file cost Node 20 start-up time, and only a script compiled through
 * vm.Script can use a code cache (Node 20 has no module compile cache). Code
 * that only some commands need stays lazy: esbuild runs a dynamically imported module's top level
 * on first import, and highlight.js and the entity table load through lazyRequire.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'dist/bundle');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
// The package is "type": "module"; these files are CommonJS.
writeFileSync(join(OUT, 'package.json'), '{ "type": "commonjs" }\n');

const result = await build({
  entryPoints: { brief: join(ROOT, 'src/cli/entry.ts'), 'lint-worker': join(ROOT, 'src/cli/lint-worker.ts'), 'brief-worker': join(ROOT, 'src/cli/brief-worker.ts') },
  outdir: OUT,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  alias: {
    'cli-highlight': join(ROOT, 'src/render/lazy/cli-highlight.ts'),
    'node-emoji': join(ROOT, 'src/render/lazy/node-emoji.ts'),
  },
  plugins: [{
    name: 'lazy-child-process',
    setup(b) {
      // The stand-in loads the real module with a run-time require, which esbuild leaves alone.
      b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: join(ROOT, 'src/lazy-child-process.ts') }));
    },
  }],
  // import.meta.url in the sources (createRequire, the worker's path) is this file's URL.
  define: { 'import.meta.url': '__brief_module_url' },
  banner: { js: "const __brief_module_url=require('node:url').pathToFileURL(__filename).href;" },
});
writeFileSync(join(OUT, 'meta.json'), JSON.stringify(result.metafile));

// bin/brief.js runs the bundle through vm.Script, which has no loader for import(): a package or
// built-in loaded on demand must go through lazyRequire (src/lazy-require.ts).
for (const name of ['brief.js', 'lint-worker.js', 'brief-worker.js']) {
  const dynamic = readFileSync(join(OUT, name), 'utf8').match(/\bimport\((["'`])[^"'`]*\1\)/g);
  if (dynamic) throw new Error(`${name} keeps dynamic import() of ${dynamic.join(', ')}; load it with lazyRequire`);
}

// The build's id, on the bundle's last line: bin/brief.js reads the code cache named after it. V8
// checks a cache only against the source's length, so a cache from another build of the same
// length would run that build's code; a cache with another id is simply not found.
const bundleFile = join(OUT, 'brief.js');
const bundled = readFileSync(bundleFile, 'utf8');
writeFileSync(bundleFile, `${bundled}// brief-build ${createHash('sha256').update(bundled).digest('hex').slice(0, 16)}\n`);

// The code cache: bin/brief.js writes it when BRIEF_CODE_CACHE=write, after its run, with every
// function compiled so far (those read from an earlier cache included). So a few typical runs in
// a row leave a cache for all of them. Other commands compile the rest as they need it.
const warmUps = [
  ['--version'],
  ['summary', 'istanbul-talks', '--json'],
  ['show', 'istanbul-talks', '--format', 'terminal', '--color', 'always', '--no-pager'],
  ['list', '--json'],
  ['scenario', 'istanbul-talks', 'A'],
];
for (const args of warmUps) {
  execFileSync(process.execPath, [join(ROOT, 'bin/brief.js'), ...args], {
    cwd: ROOT, env: { ...process.env, BRIEF_CODE_CACHE: 'write', BRIEF_DIR: join(ROOT, 'briefs') }, stdio: 'ignore',
  });
}
