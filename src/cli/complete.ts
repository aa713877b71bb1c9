/**
 * Shell completion: what may follow the words typed so far. The shells' scripts (completion
 * command) call `brief __complete <words...>` and show these candidates; the logic reads
 * commander's own definitions, so it cannot drift from the real commands and options.
 */
import type { Command, Option } from '@commander-js/extra-typings';

/** Printed alone: let the shell complete file names. */
export const FILES = ':files';

export interface CompletionSources {
  /** Brief ids in the briefs directory. */
  ids(dir: string | undefined): Promise<string[]>;
  /** Scenario labels of one brief. */
  labels(dir: string | undefined, ref: string): Promise<string[]>;
}

type AnyCommand = Command<unknown[], Record<string, unknown>, Record<string, unknown>>;

const takesValue = (o: Option): boolean => o.required || o.optional;
const findOption = (options: readonly Option[], word: string): Option | undefined =>
  options.find((o) => o.long === word || o.short === word);

/** `words` are the words after `brief`, the last one being the word being completed (maybe ""). */
export async function complete(program: AnyCommand, words: string[], sources: CompletionSources): Promise<string[]> {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const globals = program.options as readonly Option[];
  let command: AnyCommand | undefined;
  let dir: string | undefined;
  const positionals: string[] = [];
  for (let i = 0; i < before.length; i += 1) {
    const word = before[i]!;
    const options = [...globals, ...((command?.options ?? []) as readonly Option[])];
    const option = findOption(options, word.split('=')[0]!);
    if (option) {
      if (takesValue(option) && !word.includes('=') && option.required) {
        if (option.long === '--dir') dir = before[i + 1];
        i += 1;
      }
      continue;
    }
    if (word.startsWith('-')) continue;
    if (!command) command = program.commands.find((c) => c.name() === word || c.aliases().includes(word)) as AnyCommand | undefined;
    else positionals.push(word);
  }

  const matching = (candidates: string[]): string[] => candidates.filter((c) => c.startsWith(current));
  const previous = findOption([...globals, ...((command?.options ?? []) as readonly Option[])], before.at(-1) ?? '');
  if (previous?.required) {
    if (previous.argChoices) return matching(previous.argChoices);
    return [FILES];
  }
  if (current.startsWith('-')) {
    const options = [...((command?.options ?? []) as readonly Option[]), ...globals];
    return matching(options.flatMap((o) => (o.long ? [o.long] : [])));
  }
  if (!command) {
    return matching([...program.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden).map((c) => c.name()), 'help']);
  }
  const name = command.name();
  const reading = ['show', 'summary', 'scenario', 'recommendations', 'export'];
  if (reading.includes(name) && positionals.length === 0) return matching(await sources.ids(dir));
  if (name === 'scenario' && positionals.length === 1) {
    const labels = await sources.labels(dir, positionals[0]!);
    return labels.filter((l) => l.toLowerCase().startsWith(current.toLowerCase()));
  }
  if (name === 'completion' && positionals.length === 0) return matching(['bash', 'zsh', 'fish']);
  if (name === 'schema' && positionals.length === 0) return matching(['frontmatter', 'json']);
  if (name === 'lint') return [FILES];
  return [];
}
