/**
 * What a command file exports: its commander definition and its run function, together, so a
 * command is one file (gh's `NewCmdX` + `xRun`). The options type comes from the definition.
 */
import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { Context } from './context.js';

/**
 * How a positional argument completes in a shell: brief ids, a brief's scenario labels, files,
 * a version (an id, then git revisions after `<id>@`), or a search query word (its field
 * prefixes, then the briefs' tags after `tag:`).
 */
export type ArgumentCompletion = 'brief' | 'label' | 'files' | 'version' | 'query';

/** What an option's value completes to: a fixed list, or the git revisions of the briefs' repository. */
export type OptionCompletion = readonly string[] | 'revision';

export interface CommandSpec<Args extends unknown[], Opts extends OptionValues> {
  /** A new commander definition (fresh each call: commander keeps parse state on it). */
  create(): Command<Args, Opts>;
  /** Runs the command; returns the exit code. Errors are thrown as UsageError or BriefError. */
  run(args: Args, opts: Opts, ctx: Context): Promise<number> | number;
  /** What each positional argument completes to, by position; choices complete by themselves. */
  complete?: readonly ArgumentCompletion[];
  /**
   * True when exit 1 is one of the command's answers (`diff`: the judgements differ; `search`:
   * nothing matched): output that cannot be written then exits 2, never that answer.
   */
  answersWithExitOne?: boolean;
  /** What an option's value completes to, by its long name, for an option without choices or that takes more than them (`--band 5`). */
  completeOptions?: Readonly<Record<string, OptionCompletion>>;
  /**
   * The fields `--json a,b` may name: the keys of the command's JSON entries, taken from the
   * function that writes them. Checked before the command runs (a mistyped field is refused
   * whatever the results), and offered by completion after --json.
   */
  jsonFields?(): readonly string[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySpec = CommandSpec<any[], any>;

/** Types a command file's export: `run`'s parameters are inferred from `create`'s definition. */
export function defineCommand<Args extends unknown[], Opts extends OptionValues>(spec: CommandSpec<Args, Opts>): CommandSpec<Args, Opts> {
  return spec;
}
