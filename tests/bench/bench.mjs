#!/usr/bin/env node
// npm run bench [-- --sizes 1000,10000,100000 --runs 3 --style uniform|varied]
// npm run bench -- --corpus DIR     (measure a folder of briefs you bring, as it is)
// npm run bench -- --only import [--import-pages 1000]   (the import row alone)
// npm run bench -- --only commands [--sizes 10000]   (the rows of the commands that read many briefs)
//
// Generates synthetic briefs and measures brief against a baseline measured in the same run,
// alternating the two, after one warm-up run each (files are in the page cache: warm numbers).
// Prints medians and ratios, and writes them to docs/performance.json. Not a test: it asserts
// nothing; the goals are printed beside the ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';
import { generateVaried } from './generate-varied.mjs';
import { generateHtml } from './generate-html.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/brief.js');
const FLOOR = join(ROOT, 'tests/bench/floor.mjs');
const MDL = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => (a.startsWith('--') ? [a.slice(2), all[i + 1]] : null)).filter(Boolean));
const SIZES = (args.sizes ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(args.runs ?? 3);
/** markdownlint-cli2 takes about 250 s on 100,000 briefs: it is compared up to this size. */
const MDL_MAX = Number(args['mdl-max'] ?? 10000);
/** uniform: generate.mjs's ~3 KB briefs; varied: generate-varied.mjs's mixed shapes and findings. */
const STYLE = args.style ?? 'uniform';
if (!['uniform', 'varied'].includes(STYLE)) { console.error(`--style is uniform or varied, not ${STYLE}`); process.exit(2); }
/** A folder of briefs to measure instead of generated ones (its own size, left untouched). */
const CORPUS = args.corpus ? resolve(args.corpus) : null;
if (CORPUS && !existsSync(CORPUS)) { console.error(`no such folder: ${CORPUS}`); process.exit(2); }

if (!existsSync(join(ROOT, 'dist/cli/main.js'))) { console.error('run npm run build first'); process.exit(2); }
const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'brief-bench-'));
const timeFile = join(work, 'time.txt');

/** One run: wall time (ms) and peak resident memory (MB, from /usr/bin/time). */
function measure(cmd) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, ...cmd], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status === null) throw new Error(`${cmd.join(' ')} was killed`);
  const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  return { ms, mb: kb / 1024 };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

/** Alternates brief and baseline `runs` times after a warm-up of each; medians of time and memory. */
function compare(name, size, briefCmd, baseCmd, goal, runs = RUNS) {
  measure(briefCmd); measure(baseCmd);
  const b = []; const a = [];
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) { b.push(measure(briefCmd)); a.push(measure(baseCmd)); } else { a.push(measure(baseCmd)); b.push(measure(briefCmd)); }
  }
  const row = {
    measure: name, size, brief_ms: median(b.map((x) => x.ms)), baseline_ms: median(a.map((x) => x.ms)),
    brief_mb: median(b.map((x) => x.mb)), baseline_mb: median(a.map((x) => x.mb)), goal,
  };
  row.ratio = row.brief_ms / row.baseline_ms;
  row.met = goal ? row.ratio <= goal : null;
  console.error(`  ${name} ${size ?? ''}: ${row.brief_ms.toFixed(0)} ms vs ${row.baseline_ms.toFixed(0)} ms = ${row.ratio.toFixed(2)}x`);
  return row;
}

const rows = [];
console.error(`bench: ${cpus().length} cores, ${cpus()[0]?.model}, node ${process.version}, ${RUNS} runs each`);

const ONLY_IMPORT = args.only === 'import';
/** Only the rows of the commands of issues 13 and 14 (indicators, judgments, search, diff, HTML export). */
const ONLY_COMMANDS = args.only === 'commands';
if (args.only !== undefined && !ONLY_IMPORT && !ONLY_COMMANDS) { console.error(`--only is import or commands, not ${args.only}`); process.exit(2); }

/**
 * Whether this build has a command: the rows of commands written on other branches are skipped,
 * with a note, where they do not exist yet (`brief help <name>` exits 2 on an unknown command).
 */
const known = new Map();
function hasCommand(name) {
  if (!known.has(name)) known.set(name, spawnSync(node, [BIN, 'help', name], { cwd: ROOT, stdio: 'ignore' }).status === 0);
  return known.get(name);
}
const notes = [];
function skipped(name, size) {
  const note = `${name}${size ? ` at ${size}` : ''}: skipped, this build has no such command`;
  console.error(`  ${note}`);
  notes.push(note);
}

/** Two versions of one shipped brief for `diff`: a likelihood moved and a recommendation checked off. */
function briefVersions() {
  const old = readFileSync(join(ROOT, 'briefs/istanbul-talks.md'), 'utf8');
  const revised = old.replace(/likelihood: [^\n]+/, 'likelihood: very likely').replace('- [ ] ', '- [x] ');
  const [a, b] = [join(work, 'istanbul-talks-v1.md'), join(work, 'istanbul-talks-v2.md')];
  writeFileSync(a, old);
  writeFileSync(b, revised);
  return [a, b];
}
// Start-up: each command against node -e 0, in the repo (shipped briefs).
const startRuns = Math.max(RUNS, 11);
if (!ONLY_IMPORT && !ONLY_COMMANDS) {
  rows.push(compare('start-up: brief --version', null, [node, BIN, '--version'], [node, '-e', '0'], null, startRuns));
  rows.push(compare('start-up: brief summary --json', null, [node, BIN, 'summary', 'istanbul-talks', '--json'], [node, '-e', '0'], 1.5, startRuns));
  rows.push(compare('start-up: brief show (terminal)', null, [node, BIN, 'show', 'istanbul-talks', '--format', 'terminal', '--color', 'always'], [node, '-e', '0'], 2.5, startRuns));
}
// diff of two briefs against summary --json: both read and parse little; start-up is the cost.
if (!ONLY_IMPORT) {
  if (hasCommand('diff')) {
    const [a, b] = briefVersions();
    rows.push(compare('start-up: brief diff (two briefs) vs summary --json', null, [node, BIN, 'diff', a, b, '--json'], [node, BIN, 'summary', 'istanbul-talks', '--json'], 1.2, startRuns));
  } else skipped('diff');
}
const startup = ONLY_IMPORT || ONLY_COMMANDS ? 0 : rows[0].brief_ms;

/** Number of .md files under a folder (what brief and the baselines will read). */
function countBriefs(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
}

const corpora = ONLY_IMPORT ? [] : CORPUS ? [{ dir: CORPUS, size: countBriefs(CORPUS), own: true }] : SIZES.map((size) => ({ dir: join(work, `briefs-${size}`), size, own: false }));
for (const { dir, size, own } of corpora) {
  // The goals are set at 10,000 briefs; a folder brought with --corpus is held to them from 5,000
  // (below that, start-up weighs more than the briefs).
  const atGoal = size === 10000 || (own && size >= 5000);
  if (!own) {
    console.error(`generating ${size} ${STYLE} briefs`);
    (STYLE === 'varied' ? generateVaried : generate)(dir, size);
  } else console.error(`measuring ${size} briefs in ${dir}`);
  const exportAll = [node, BIN, 'export', '--all', '--json', '--dir', dir];
  if (!ONLY_COMMANDS) {
    rows.push(compare('list --json vs floor', size, [node, BIN, 'list', '--json', '--dir', dir], [node, FLOOR, dir], atGoal ? 1.3 : null));
    rows.push(compare('export --all --json vs floor', size, exportAll, [node, FLOOR, dir], atGoal ? 2 : null));
  }
  // The commands that read every brief (issue 13) need at most export's parse: held to 1.2x of it
  // at 10,000 briefs and more.
  if (size >= 10000 || own) {
    for (const [name, args] of [['indicators', ['indicators', '--json']], ['judgments', ['judgments', '--json']], ['search', ['search', 'ceasefire', '--json']]]) {
      if (hasCommand(name)) rows.push(compare(`${args.join(' ')} vs export --all --json`, size, [node, BIN, ...args, '--dir', dir], exportAll, size >= 10000 ? 1.2 : null));
      else skipped(name, size);
    }
  }
  // The HTML page of every brief, written to a folder (issue 14): a time, no goal.
  if (size === 1000 || own) {
    const pages = join(work, 'html');
    mkdirSync(pages, { recursive: true });
    const html = [node, BIN, 'export', '--all', '--format', 'html', '--dir', dir, '-o', pages];
    if (spawnSync(node, [BIN, 'export', '--help'], { cwd: ROOT, encoding: 'utf8' }).stdout.includes('html')) {
      const b = []; measure(html);
      for (let i = 0; i < RUNS; i += 1) b.push(measure(html));
      const row = { measure: 'export --all --format html (alone)', size, brief_ms: median(b.map((x) => x.ms)), brief_mb: median(b.map((x) => x.mb)), baseline_ms: null, baseline_mb: null, ratio: null, goal: null, met: null };
      console.error(`  export --all --format html ${size}: ${row.brief_ms.toFixed(0)} ms, ${row.brief_mb.toFixed(0)} MB`);
      rows.push(row);
      rmSync(pages, { recursive: true, force: true });
    } else skipped('export --format html', size);
  }
  if (ONLY_COMMANDS) {
    if (!own) rmSync(dir, { recursive: true, force: true });
    continue;
  }
  if (size <= MDL_MAX) {
    rows.push(compare('lint vs markdownlint-cli2', size, [node, BIN, 'lint', dir], [node, MDL, `${dir}/**/*.md`], atGoal ? 0.1 : null));
  } else {
    // Measured alone: the baseline would take minutes a run.
    const b = []; measure([node, BIN, 'lint', dir]);
    for (let i = 0; i < RUNS; i += 1) b.push(measure([node, BIN, 'lint', dir]));
    const row = { measure: 'lint (alone)', size, brief_ms: median(b.map((x) => x.ms)), brief_mb: median(b.map((x) => x.mb)), baseline_ms: null, baseline_mb: null, ratio: null, goal: null, met: null };
    console.error(`  lint ${size}: ${row.brief_ms.toFixed(0)} ms, ${row.brief_mb.toFixed(0)} MB`);
    rows.push(row);
  }
  if (!own) rmSync(dir, { recursive: true, force: true });
}

// Import: ~100 KB publisher-like pages through htmlToArticle, in one process from dist/ (the
// `import` command reads one page a run; this measures the HTML path itself), against linkedom and
// Readability alone over the same pages. One run each: a run of 1,000 pages takes minutes.
const IMPORT_PAGES = ONLY_COMMANDS ? 0 : Number(args['import-pages'] ?? 1000);
if (IMPORT_PAGES > 0) {
  const pages = join(work, 'pages');
  console.error(`generating ${IMPORT_PAGES} HTML pages of ~100 KB`);
  generateHtml(pages, IMPORT_PAGES);
  const script = join(ROOT, 'tests/bench/import-html.mjs');
  const run = (mode) => measure([node, script, mode, pages]);
  const [b, a] = [run('import'), run('readability')];
  const row = { measure: 'import HTML (in-process, dist) vs linkedom+Readability', size: IMPORT_PAGES, brief_ms: b.ms, baseline_ms: a.ms, brief_mb: b.mb, baseline_mb: a.mb, goal: null, met: null };
  row.ratio = row.brief_ms / row.baseline_ms;
  row.per_page_ms = row.brief_ms / IMPORT_PAGES;
  console.error(`  import ${IMPORT_PAGES} pages: ${row.brief_ms.toFixed(0)} ms (${row.per_page_ms.toFixed(1)} ms a page) vs ${row.baseline_ms.toFixed(0)} ms = ${row.ratio.toFixed(2)}x`);
  rows.push(row);
  rmSync(pages, { recursive: true, force: true });
}

// Linearity: time per brief, start-up removed, at the largest size against the smallest.
const linear = [];
if (!CORPUS && SIZES.length > 1) {
  const [small, large] = [Math.min(...SIZES), Math.max(...SIZES)];
  for (const name of ['list --json vs floor', 'export --all --json vs floor', 'lint']) {
    const at = (size) => rows.find((r) => r.size === size && r.measure.startsWith(name));
    const [s, l] = [at(small), at(large)];
    if (!s || !l) continue;
    const perSmall = (s.brief_ms - startup) / small;
    const perLarge = (l.brief_ms - startup) / large;
    linear.push({ measure: `${name.split(' ')[0]} ${small} -> ${large}`, us_per_brief_small: perSmall * 1000, us_per_brief_large: perLarge * 1000, ratio: perLarge / perSmall, goal: 1.15, met: perLarge / perSmall <= 1.15 });
  }
}
const lintLarge = rows.find((r) => r.measure.startsWith('lint') && r.size === Math.max(...corpora.map((c) => c.size)));

const machine = { cores: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString().slice(0, 10), runs: RUNS, cache: 'warm', corpus: CORPUS ?? `generated (${STYLE})` };
const fmt = (n, d = 0) => (n === null || n === undefined ? '-' : n.toFixed(d));
const lines = [
  '| measure | briefs | brief (ms) | baseline (ms) | ratio | goal | brief peak MB | baseline peak MB |',
  '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
  ...rows.map((r) => `| ${r.measure}${r.per_page_ms ? ` (${fmt(r.per_page_ms, 1)} ms a page)` : ''} | ${r.size ?? '-'} | ${fmt(r.brief_ms)} | ${fmt(r.baseline_ms)} | ${fmt(r.ratio, 2)} | ${r.goal ? `≤ ${r.goal} ${r.met ? 'met' : 'NOT met'}` : ''} | ${fmt(r.brief_mb)} | ${fmt(r.baseline_mb)} |`),
  '',
  ...(linear.length === 0 ? [] : ['| linearity (time per brief, start-up removed) | small (µs) | large (µs) | ratio | goal |',
    '| --- | ---: | ---: | ---: | --- |']),
  ...linear.map((l) => `| ${l.measure} | ${fmt(l.us_per_brief_small)} | ${fmt(l.us_per_brief_large)} | ${fmt(l.ratio, 2)} | ≤ 1.15 ${l.met ? 'met' : 'NOT met'} |`),
  '',
  ...notes.map((n) => `Not measured: ${n}.`),
  lintLarge ? `lint peak memory at ${lintLarge.size} briefs: ${fmt(lintLarge.brief_mb)} MB (goal ≤ 300 MB: ${lintLarge.brief_mb <= 300 ? 'met' : 'NOT met'})` : '',
  '',
  `Machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}; ${machine.date}; ${ONLY_IMPORT ? 'one run each' : `median of ${RUNS} alternating runs (start-up: ${startRuns})`}, warm page cache; corpus: ${machine.corpus}.`,
];
console.log(lines.join('\n'));
// A brought corpus is written only where asked (--out); generated ones beside the README's table.
const out = args.out ?? (CORPUS || ONLY_IMPORT || ONLY_COMMANDS ? null : join(ROOT, STYLE === 'varied' ? 'docs/performance-varied.json' : 'docs/performance.json'));
if (out) {
  writeFileSync(out, `${JSON.stringify({ machine, rows, linearity: linear }, null, 2)}\n`);
  console.error(`written: ${out}`);
}
rmSync(work, { recursive: true, force: true });
