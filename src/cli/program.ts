/**
 * The root command and the table of commands. A command is one file in commands/ and one line
 * in COMMANDS; the program, help and completion all read the table. A command's file is loaded
 * only when it is needed, so start-up loads no command's code until it runs.
 */
import { Command, Option } from '@commander-js/extra-typings';
import type { AnySpec } from './command.js';
import type { Completable } from './complete.js';
import type { Context } from './context.js';
import type { IO } from './io.js';
import { VERSION } from '../version.js';
import { cleanLine } from '../text/sanitize.js';
import { translateUsageErrors } from './usage-errors.js';
import { ExitCode } from './errors.js';

export interface CommandEntry {
  name: string;
  /** Other names the command answers to (as its definition gives them), so `brief <alias>` loads it alone. */
  aliases?: readonly string[];
  load(): Promise<{ default: AnySpec }>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'list', load: () => import('./commands/list.js') },
  { name: 'show', load: () => import('./commands/show.js') },
  { name: 'summary', load: () => import('./commands/summary.js') },
  { name: 'scenario', load: () => import('./commands/scenario.js') },
  { name: 'recommendations', load: () => import('./commands/recommendations.js') },
  { name: 'indicators', load: () => import('./commands/indicators.js') },
  { name: 'export', load: () => import('./commands/export.js') },
  { name: 'diff', load: () => import('./commands/diff.js') },
  { name: 'judgments', aliases: ['judgements'], load: () => import('./commands/judgments.js') },
  { name: 'search', load: () => import('./commands/search.js') },
  { name: 'lint', load: () => import('./commands/lint.js') },
  { name: 'new', load: () => import('./commands/new.js') },
  { name: 'import', load: () => import('./commands/import.js') },
  { name: 'schema', load: () => import('./commands/schema.js') },
  { name: 'completion', load: () => import('./commands/completion.js') },
];

/**
 * One line from commander's (possibly multi-line) error text: `unknown command 'shw' (Did you
 * mean show?)`. Cleaned: commander quotes the user's arguments, which may hold escape sequences.
 */
export function oneLine(text: string): string {
  return cleanLine(text.replace(/^error:\s*/i, '').split('\n').map((l) => l.trim()).filter(Boolean).join(' '));
}

/** The root command: global options, help and output handling, without subcommands. */
function createRoot(io: IO): Command {
  const root = new Command('brief')
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
  $ brief indicators --state observed
  $ brief export istanbul-talks --json | jq .summary
  $ brief diff istanbul-talks@HEAD~1 istanbul-talks
  $ brief judgments --band likely
  $ brief search '"border mechanism"'
  $ brief lint
  $ brief new gulf-shipping --title "Gulf Shipping Risks"
  $ brief import article.txt
  $ brief help scenario
  $ source <(brief completion bash)

Exit status: 0 success, 1 lint errors, a brief that could not be read or output
not written, diff found a change of judgement, search found nothing, 2 bad
arguments or an unknown brief, label or command, 130 interrupted (143 SIGTERM,
129 SIGHUP).`) as unknown as Command;
  translateUsageErrors(root);
  return root;
}

/** The command word in argv: the first word that is neither an option nor a global option's value. */
function commandWord(root: Command, argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const word = argv[i]!;
    if (word === '--') return argv[i + 1];
    if (!word.startsWith('-')) return word;
    const option = root.options.find((o) => o.long === word || o.short === word);
    if (option?.required) i += 1;
  }
  return undefined;
}

/** The word after `help` (`brief help lnt`), if the command word is help. */
export function helpTopic(root: Command, argv: readonly string[]): string | undefined {
  if (commandWord(root, argv) !== 'help') return undefined;
  return argv.slice(argv.indexOf('help') + 1).find((w) => !w.startsWith('-'));
}

export interface Program {
  program: Command;
  /** The commands added, for completion. */
  commands: Completable[];
}

/**
 * Builds the program for `argv`: with the one command it names, or with every command when it
 * names none (help, an alias, a typo to suggest a name for, completion). `onExit` receives the
 * command's exit code.
 */
export async function createProgram(io: IO, argv: readonly string[], onExit: (code: number) => void): Promise<Program> {
  const program = createRoot(io);
  const word = commandWord(program, argv);
  const named = COMMANDS.find((c) => c.name === word || c.aliases?.includes(word ?? '') === true);
  // `--version` alone needs no command at all.
  const versionOnly = word === undefined && argv.some((a) => a === '-V' || a === '--version');
  const entries = named ? [named] : versionOnly ? [] : COMMANDS;
  const specs = await Promise.all(entries.map(async (entry) => (await entry.load()).default));
  const context = async (): Promise<Context> => (await import('./context.js')).createContext(io, program.opts());
  const commands: Completable[] = [];
  for (const spec of specs) {
    const command = spec.create()
      .exitOverride()
      .configureOutput(program.configureOutput())
      .showSuggestionAfterError(true)
      .action(async (...args: unknown[]) => {
        // commander passes the positional arguments, then the options, then the command.
        const opts = args.at(-2) as Record<string, unknown>;
        // `--json=`, or `--json "$FIELDS"` with nothing in it, asks for JSON: every field, as a
        // bare --json does, never the text a script did not ask for.
        if (opts.json === '') opts.json = true;
        if (spec.answersWithExitOne === true) io.setOutputFailureExit(ExitCode.Usage);
        const ctx = await context();
        // Fields are checked before anything is read: a typo fails on an empty day as on a full one.
        if (typeof opts.json === 'string' && spec.jsonFields) {
          await (await import('./json-fields.js')).checkJSONFields(spec, args.at(-1) as Command, args.slice(0, -2), opts.json, ctx);
        }
        onExit(await spec.run(args.slice(0, -2), opts as never, ctx));
      });
    translateUsageErrors(command as unknown as Command);
    program.addCommand(command as unknown as Command);
    commands.push({ command: command as never, spec });
  }
  return { program, commands };
}
