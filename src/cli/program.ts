/** The root command: global options and one subcommand per file. Commands never import each other. */
import { Command, Option } from '@commander-js/extra-typings';
import type { Context } from './context.js';
import type { IO } from './io.js';
import { createListCommand } from './commands/list.js';
import { createShowCommand } from './commands/show.js';
import { createSummaryCommand } from './commands/summary.js';
import { createScenarioCommand } from './commands/scenario.js';
import { createRecommendationsCommand } from './commands/recommendations.js';
import { createExportCommand } from './commands/export.js';
import { createLintCommand } from './commands/lint.js';
import { createNewCommand } from './commands/new.js';
import { createSchemaCommand } from './commands/schema.js';
import { createCompleteCommand, createCompletionCommand } from './commands/completion.js';

export { VERSION } from '../version.js';
import { VERSION } from '../version.js';
import { cleanLine } from '../text/sanitize.js';

/**
 * One line from commander's (possibly multi-line) error text: `unknown command 'shw' (Did you
 * mean show?)`. Cleaned: commander quotes the user's arguments, which may hold escape sequences.
 */
export function oneLine(text: string): string {
  return cleanLine(text.replace(/^error:\s*/i, '').split('\n').map((l) => l.trim()).filter(Boolean).join(' '));
}

/** Builds the program; `onExit` receives each command's exit code. */
export function createProgram(io: IO, onExit: (code: number) => void): Command {
  const program = new Command('brief')
    .description('Read, export and lint Markdown policy and security briefs.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--dir <path>', 'the briefs directory (default: $BRIEF_DIR, else ./briefs)')
    .option('--follow', 'follow symbolic links that lead out of the briefs directory')
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never'] as const).default('auto' as const))
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`brief: ${oneLine(s)}\n`),
    })
    .addHelpText('after', `
Briefs are Markdown files with YAML frontmatter, found recursively in the briefs
directory. Wherever a command takes <brief>, give an id (the file name without
.md) or a path to a .md file.

Examples:
  $ brief list --tag security
  $ brief show istanbul-talks
  $ brief scenario istanbul-talks C
  $ brief recommendations istanbul-talks
  $ brief export istanbul-talks --json | jq .summary
  $ brief lint
  $ brief new gulf-shipping --title "Gulf Shipping Risks"
  $ brief help scenario
  $ source <(brief completion bash)

Exit status: 0 success, 1 lint errors, a brief that could not be read or output
not written, 2 bad arguments or an unknown brief, label or command, 130 interrupted
(143 SIGTERM, 129 SIGHUP).`);

  const ctx = async (): Promise<Context> => (await import('./context.js')).createContext(io, program.opts());
  const done = async (code: Promise<number>): Promise<void> => onExit(await code);

  // A command's code is imported when it runs, so start-up loads only the definitions.
  program.addCommand(createListCommand(async (opts) => done((await import('./run/list.js')).runList(opts, await ctx()))));
  program.addCommand(createShowCommand(async (ref, opts) => done((await import('./run/reading.js')).runShow(ref, opts, await ctx()))));
  program.addCommand(createSummaryCommand(async (ref, opts) => done((await import('./run/reading.js')).runSummary(ref, opts, await ctx()))));
  program.addCommand(createScenarioCommand(async (ref, label, opts) => done((await import('./run/reading.js')).runScenario(ref, label, opts, await ctx()))));
  program.addCommand(createRecommendationsCommand(async (ref, opts) => done((await import('./run/reading.js')).runRecommendations(ref, opts, await ctx()))));
  program.addCommand(createExportCommand(async (ref, opts) => done((await import('./run/reading.js')).runExport(ref, opts, await ctx()))));
  program.addCommand(createLintCommand(async (paths, opts) => done((await import('./run/lint.js')).runLint(paths, opts, await ctx()))));
  program.addCommand(createNewCommand(async (id, opts) => done((await import('./run/reading.js')).runNew(id, opts, await ctx()))));
  program.addCommand(createSchemaCommand(async (which) => done(Promise.resolve((await import('./run/schema.js')).runSchema(which, io)))));
  program.addCommand(createCompletionCommand(async (shell) => done(Promise.resolve((await import('./run/completion.js')).runCompletion(shell, io)))));
  // Listed for completeness; main() answers `__complete` before commander parses anything.
  program.addCommand(createCompleteCommand(async () => done(Promise.resolve(0))), { hidden: true });

  // Subcommands share the root's output handling and exit override.
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(true);
  }
  return program;
}
