/** `brief lint [paths...]`: the writers' checker. */
import { Command, Option } from '@commander-js/extra-typings';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, validateConfig, type BriefConfig } from '../../lint/config.js';
import { compareMessages } from '../../lint/engine.js';
import { githubChunks } from '../../lint/formatters/github.js';
import { jsonChunks } from '../../lint/formatters/json.js';
import { formatSarif } from '../../lint/formatters/sarif.js';
import { colourDiff } from '../../lint/formatters/diff.js';
import { formatCount, stylishChunks } from '../../lint/formatters/stylish.js';
import { PROJECT_RULES, RULE_IDS, RULES } from '../../lint/rules/index.js';
import type { LintMessage } from '../../lint/types.js';
import { cleanLine } from '../../text/sanitize.js';
import { wrap } from '../../text/wrap.js';
import { noBriefsIn } from '../briefs.js';
import { defineCommand } from '../command.js';
import type { Context } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';
import { collectTargets, directoryFindings, LINT_PATHS_HINT, lintFiles, lintPaths, type Targets } from '../lint-files.js';
import { lintInWorkers, parallelThreshold } from '../lint-workers.js';
import { today as todayOf } from '../today.js';
import { watchPaths } from '../watch.js';

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

const command = () => new Command('lint')
  .description('check briefs: frontmatter, structure, estimative language, pasted web text')
  .argument('[paths...]', 'files or directories (default: the briefs directory)')
  .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('stylish' as const))
  .option('--quiet', 'report errors only')
  .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
  .option('--fix', 'apply safe fixes (pasted web text, tags strings, dates, scenario labels, recommendation lists) and write files atomically')
  .option('--fix-dry-run', 'print the fixes as a diff instead of writing them')
  .option('--force', 'with --fix: rewrite read-only files too')
  .option('--watch', 'lint again on every save, new brief or replaced file (Ctrl-C to stop)')
  .option('--since <rev>', 'also compare each brief with its version at git revision <rev> (judgment-change-unexplained)')
  .addHelpText('after', `
Rules, severities and fixes are described in docs/lint-rules.md. Configure them in
.briefrc.json (found from the current folder upward); silence one place with
<!-- brief-lint-disable-next-line rule-id -->.

Dates are checked against today's local date, or BRIEF_TODAY=YYYY-MM-DD.

Exit status: 0 no errors (warnings allowed), 1 errors (or more warnings than
--max-warnings), 2 the command could not run (bad arguments, a missing path).

Examples:
  $ brief lint
  $ brief lint briefs/draft.md --fix
  $ brief lint --format json | jq 'group_by(.rule) | map({rule: .[0].rule, n: length})'
  $ brief lint --format github          # annotations in GitHub Actions
  $ brief lint --quiet --max-warnings 0
  $ brief lint --since origin/main      # every likelihood moved since then is explained`);

type LintOptions = ReturnType<ReturnType<typeof command>['opts']>;

export default defineCommand({
  create: command,
  complete: ['files'],
  completeOptions: { '--since': 'revision' },

  async run([paths], opts, ctx) {
    let maxWarnings: number | null = null;
    if (opts.maxWarnings !== undefined) {
      maxWarnings = Number(opts.maxWarnings);
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings "${cleanLine(opts.maxWarnings)}" must be a whole number`);
    }
    if (opts.fix && opts.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
    const config = lintConfig(ctx);
    const targets = paths.length > 0 ? lintPaths(paths, ctx.dir) : [ctx.dir];
    // Folders without briefs are said as the reading commands say them, with what to give instead.
    const none = (folders: readonly string[]): string => noBriefsIn(folders, paths.length > 0 ? LINT_PATHS_HINT : undefined);
    if (!opts.watch) return lintOnce(targets, opts, config, ctx, maxWarnings, none);
    return watchAndLint(targets, (present) => lintOnce(present, opts, config, ctx, maxWarnings, none), ctx);
  },
});

/**
 * The rules' settings from .briefrc.json, checked against the rules that exist: lint's alone to
 * read. Its overrides' globs are relative to the file's folder.
 */
function lintConfig(ctx: Context): BriefConfig {
  const { raw, path } = ctx.configFile;
  if (raw === null || path === null) return {};
  try {
    return { ...validateConfig(raw, path, RULE_IDS), root: dirname(path) };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Below this many files a spinner would only flicker. */
const SPINNER_THRESHOLD = 200;

/** The report in pieces, written as they come (a huge report never exists as one string). */
function report(messages: LintMessage[], opts: LintOptions, ctx: Context): Iterable<string> {
  switch (opts.format) {
    case 'json': return jsonChunks(messages);
    case 'github': return githubChunks(messages);
    case 'sarif': return [formatSarif(messages, [...RULES, ...PROJECT_RULES])];
    default: return stylishChunks(messages, ctx.style, ctx.width);
  }
}

async function lintOnce(paths: string[], opts: LintOptions, config: BriefConfig, ctx: Context, maxWarnings: number | null,
  noBriefs: (folders: readonly string[]) => string): Promise<number> {
  const targets = await collectTargets(paths, ctx.follow);
  for (const w of targets.warnings) ctx.io.err(`brief: ${cleanLine(w)}\n`);
  // Nothing to check and nothing left out: said instead of "0 briefs checked, no problems".
  const empty = targets.files.length === 0 && targets.warnings.length === 0;
  if (empty) ctx.io.err(`brief: ${noBriefs(paths)}\n`);
  // Read on each run: a --watch left running over midnight checks against the new day.
  const today = todayOf(ctx.io);
  // Checked before anything is linted or fixed: a bad revision is a usage error (exit 2).
  // Loaded only with --since: git and the earlier versions are no part of an ordinary run.
  const sinceModule = opts.since === undefined ? null : await import('../lint-since.js');
  const since = sinceModule === null ? null : await sinceModule.prepareSince(targets.files, opts.since!, ctx.io.env);

  const spinner = await startSpinner(ctx, opts, targets.files.length);
  const progress = (done: number): void => { if (spinner) spinner.text = `Linting ${done}/${targets.files.length} briefs`; };
  // Large read-only runs use every core; fixes stay on this thread, whose signal handlers
  // remove unfinished temporary files.
  const parallel = !opts.fix && !opts.fixDryRun && targets.files.length >= parallelThreshold(ctx.io.env) && availableParallelism() > 1;
  const run = parallel
    ? await lintInWorkers(targets.files, config, progress, today)
    : await lintFiles(targets.files, config, {
      fix: opts.fix, dryRun: opts.fixDryRun, force: opts.force, progress, roots: rootsOf(targets), today,
      warn: (line) => { spinner?.clear(); ctx.io.err(`brief: ${cleanLine(line)}\n`); },
    });
  spinner?.stop();
  if (run.notWritten > 0) {
    ctx.io.err(`brief: ${plural(run.notWritten, 'file')} could not be fixed (named above); ${plural(run.fixed, 'file')} fixed\n`);
  }

  const compared = since === null ? [] : await sinceModule!.lintSince(targets.files, since, config, ctx.io.env);
  const all = [...run.messages, ...directoryFindings(targets, config), ...compared].sort(compareMessages);
  const messages = opts.quiet ? all.filter((m) => m.severity === 'error') : all;
  const errors = all.filter((m) => m.severity === 'error').length;
  // Counted before --quiet hides them: `--quiet --max-warnings 0` shows errors and fails on warnings.
  const warnings = all.length - errors;

  if (opts.fixDryRun) ctx.io.out(ctx.io.stdoutIsTTY ? colourDiff(run.diff, ctx.style) : run.diff);
  else {
    for (const chunk of report(messages, opts, ctx)) {
      ctx.io.out(chunk);
      await ctx.io.drain();
    }
  }
  if (run.fixedProblems > 0) ctx.io.err(`brief: fixed ${plural(run.fixedProblems, 'problem')} in ${plural(run.fixed, 'file')}\n`);
  if (opts.format === 'stylish' && !empty) {
    const count = formatCount(all, targets.files.length, ctx.style, { unread: targets.unread.length, hidden: opts.quiet ? warnings : 0 });
    ctx.io.err(ctx.width === null ? count : `${wrap(count.trimEnd(), ctx.width, '  ', '')}\n`);
  }

  // A folder not read may hold briefs that were never checked; a fix not written is a failure.
  if (errors > 0 || targets.unread.length > 0 || run.notWritten > 0) return ExitCode.Failure;
  if (maxWarnings !== null && warnings > maxWarnings) {
    ctx.io.err(`brief: ${plural(warnings, 'warning')}, more than --max-warnings ${maxWarnings}\n`);
    return ExitCode.Failure;
  }
  return ExitCode.Ok;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The folder each file was found in; files named on the command line have none. */
function rootsOf(targets: Targets): Map<string, string> {
  const roots = new Map<string, string>();
  for (const { dir, files } of targets.dirs) for (const file of files) if (!roots.has(file)) roots.set(file, dir);
  return roots;
}

/** ora on stderr, only on a terminal that reports a width (ora 9 spins forever at 0 columns). */
async function startSpinner(ctx: Context, opts: LintOptions, files: number) {
  // stderr's own width: stdout's has a default.
  const { stderrIsTTY, stderrColumns } = ctx.io;
  if (!stderrIsTTY || !(stderrColumns > 0) || opts.format !== 'stylish' || opts.watch || files < SPINNER_THRESHOLD) return null;
  const { default: ora } = await import('ora');
  return ora({ text: `Linting ${files} briefs`, stream: ctx.io.spinnerStream(), discardStdin: false }).start();
}

/** Clears the screen and puts the cursor at the top left (what `clear` does, keeping the scrollback). */
const CLEAR_SCREEN = '\u001b[H\u001b[2J';

/** The local time as HH:MM:SS, whatever the locale. */
const clock = (): string => new Date().toTimeString().slice(0, 8);

/**
 * Lints, then again after every change, until interrupted (the bin exits 130 on Ctrl-C) or until
 * a folder watched goes away: then exit 2, the watchers closed and the last run finished. Each
 * run starts on a clear screen when stdout is a terminal, and says when it ran, what changed and
 * what it checked. A file given that is gone (an editor saving it, or renamed away) is named and
 * waited for.
 */
function watchAndLint(paths: string[], lint: (present: string[]) => Promise<number>, ctx: Context): Promise<number> {
  const run = async (changed: string[] | null): Promise<number> => {
    if (changed !== null && ctx.io.stdoutIsTTY) ctx.io.out(CLEAR_SCREEN);
    const because = changed === null ? '' : ` (${describeChanges(changed)})`;
    ctx.io.err(`brief: ${clock()} linting ${paths.map(cleanLine).join(', ')}${because}\n`);
    // The first run lints every path, so one missing from the start is a usage error (exit 2).
    const present = changed === null ? paths : paths.filter((p) => existsSync(p));
    for (const gone of paths.filter((p) => !present.includes(p))) {
      ctx.io.err(`brief: ${cleanLine(gone)} is not there (deleted, renamed or being saved); linted again when it is back\n`);
    }
    return present.length > 0 ? lint(present) : ExitCode.Ok;
  };
  // Said once the watchers are in place: a save from then on is seen.
  const watching = (): void => ctx.io.err('brief: watching for changes (Ctrl-C to stop)\n');
  return new Promise((resolve, reject) => {
    let running = Promise.resolve();
    run(null).then(() => {
      watchPaths(paths, {
        changed: (changed) => {
          running = running.then(() => run(changed).then(watching, (error: Error) => {
            ctx.io.err(`brief: ${cleanLine(error.message)}\n`);
            watching();
          }));
        },
        stopped: (path, reason) => {
          void running.then(() => {
            ctx.io.err(`brief: ${cleanLine(path)} ${reason}; stopped watching\n`);
            resolve(ExitCode.Usage);
          });
        },
      });
      watching();
    }, reject);
  });
}

/** "a.md changed", "a.md and b.md changed", "3 files changed". */
function describeChanges(changed: string[]): string {
  const names = changed.map(cleanLine);
  if (names.length === 0) return 'a change';
  if (names.length > 2) return `${names.length} files changed`;
  return `${names.join(' and ')} changed`;
}
