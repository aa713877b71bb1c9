/**
 * Shell completion: what may follow the words typed so far. The shells' scripts (completion
 * command) call `brief __complete <words...>` and show these candidates. Everything comes from
 * the program itself: command names and options from commander's definitions, what a positional
 * argument takes from its choices or its command's `complete` list, so it cannot drift.
 *
 * A candidate that ends with a colon (`title:`) is the start of a word, not a word: the scripts
 * add no space after it, so the rest is typed (or completed) right after the colon.
 */
import type { Command, Option } from '@commander-js/extra-typings';
import { FIELDS, PREFIXES } from '../search/query.js';
import type { AnySpec, ArgumentCompletion } from './command.js';

/** Printed alone: let the shell complete file names. */
export const FILES = ':files';

export interface CompletionSources {
  /** What names each brief of the briefs directory (`--dir` when typed, else as the commands find it): its id, or its path when the id is shared. */
  ids(dir: string | undefined): Promise<string[]>;
  /** Scenario labels of one brief. */
  labels(dir: string | undefined, ref: string): Promise<string[]>;
  /** Git revisions worth offering after `<id>@` and `lint --since` (branches, tags, HEAD~n), in the briefs directory's repository; none outside one. */
  revisions?(dir: string | undefined): Promise<string[]>;
  /** The tags or regions the briefs have (for `--tag` and `--region`), each once. */
  metadata?(dir: string | undefined, field: 'tags' | 'region'): Promise<string[]>;
}

/** Options whose values are the briefs' own (`--tag <tag>`), with the metadata field that holds them. */
const METADATA_OPTIONS: Readonly<Record<string, 'tags' | 'region'>> = { '--tag': 'tags', '--region': 'region' };

/** A command of the program, with what its positional arguments complete to. */
export interface Completable { command: Command<unknown[], Record<string, unknown>, Record<string, unknown>>; spec: AnySpec | null }

/** The prefixes of a search query, the shortest name of each field (`rec:`, not its aliases `recs:` or `recommendation:`). */
const QUERY_PREFIXES = FIELDS.map((field) => {
  const names = Object.keys(PREFIXES).filter((name) => PREFIXES[name] === field);
  return `${names.reduce((a, b) => (b.length < a.length ? b : a))}:`;
});

/**
 * A search query word: a field prefix, or after `tag:` (or its alias `tags:`) the briefs' tags,
 * a tag of several words as the phrase the query takes (`tag:"South Asia"`). A tag with a
 * double quote cannot be written in a query and is left out.
 */
async function queryWords(current: string, dir: string | undefined, sources: CompletionSources): Promise<string[]> {
  const tag = /^tags?:/i.exec(current)?.[0];
  if (tag === undefined) return QUERY_PREFIXES;
  const tags = (await sources.metadata?.(dir, 'tags')) ?? [];
  return tags.filter((t) => !t.includes('"')).map((t) => (/\s/.test(t) ? `${tag}"${t}"` : `${tag}${t}`));
}

const findOption = (options: readonly Option[], word: string): Option | undefined =>
  options.find((o) => o.long === word || o.short === word);

/** `id,ti` -> `id,title`: the fields not yet in the list typed that complete its last name. */
function fieldList(current: string, fields: readonly string[]): string[] {
  const cut = current.lastIndexOf(',') + 1;
  const typed = current.slice(0, cut);
  const chosen = new Set(typed.split(','));
  return fields.filter((f) => !chosen.has(f) && f.startsWith(current.slice(cut))).map((f) => `${typed}${f}`);
}

/** Options whose value is a file or folder (`--dir <path>`, `-o <file>`), by the name of their value. */
const PATH_VALUE = /<(?:path|file|folder|dir)>/;

/** `words` are the words after `brief`, the last one being the word being completed (maybe ""). */
export async function complete(
  program: Command<unknown[], Record<string, unknown>, Record<string, unknown>>,
  commands: readonly Completable[],
  words: string[],
  sources: CompletionSources,
): Promise<string[]> {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const globals = program.options as readonly Option[];
  let found: Completable | undefined;
  let dir: string | undefined;
  const positionals: string[] = [];
  for (let i = 0; i < before.length; i += 1) {
    const word = before[i]!;
    const options = [...globals, ...((found?.command.options ?? []) as readonly Option[])];
    const option = findOption(options, word.split('=')[0]!);
    if (option) {
      // A value is the next word; an optional one (--json [fields]) unless it is an option, as commander reads it.
      if (option.required && !word.includes('=')) {
        if (option.long === '--dir') dir = before[i + 1];
        i += 1;
      } else if (option.optional && !word.includes('=') && i + 1 < before.length && !before[i + 1]!.startsWith('-')) i += 1;
      continue;
    }
    if (word.startsWith('-')) continue;
    if (!found) found = commands.find(({ command: c }) => c.name() === word || c.aliases().includes(word));
    else positionals.push(word);
  }

  // `--status=pu`: the value completes as it would after `--status pu`, the option kept before it.
  const assigned = /^(--[\w-]+)=/.exec(current);
  if (assigned) {
    const option = findOption([...globals, ...((found?.command.options ?? []) as readonly Option[])], assigned[1]!);
    if (!option?.required && !option?.optional) return [];
    const values = await complete(program, commands, [...before, assigned[1]!, current.slice(assigned[0].length)], sources);
    // A file name is the shell's to complete, and it would complete the whole word as one.
    return values.filter((v) => v !== FILES).map((v) => `${assigned[0]}${v}`);
  }
  const matching = (candidates: readonly string[]): string[] => candidates.filter((c) => c.startsWith(current));
  const previous = findOption([...globals, ...((found?.command.options ?? []) as readonly Option[])], before.at(-1) ?? '');
  if (previous?.required) {
    const field = previous.long ? METADATA_OPTIONS[previous.long] : undefined;
    if (field && sources.metadata) return matching(await sources.metadata(dir, field));
    const values = previous.argChoices ?? (previous.long ? found?.spec?.completeOptions?.[previous.long] : undefined);
    if (values === 'revision') return matching((await sources.revisions?.(dir)) ?? []);
    if (values) return matching(values);
    // Only a path is completed as a file name; a number, a date or free text has nothing to offer.
    return PATH_VALUE.test(previous.flags) ? [FILES] : [];
  }
  if (current.startsWith('-')) {
    const options = [...((found?.command.options ?? []) as readonly Option[]), ...globals];
    return matching(options.flatMap((o) => (o.long ? [o.long] : [])));
  }
  // After --json, the word is its fields (it would take a brief id as one): the command's, each once in a list.
  if (previous?.optional && previous.long === '--json' && found?.spec?.jsonFields) return fieldList(current, found.spec.jsonFields());
  if (!found) return matching([...commands.map(({ command: c }) => c.name()), 'help']);

  // The argument being typed: the next one declared, or the last when it is variadic.
  const declared = found.command.registeredArguments;
  const index = Math.min(positionals.length, declared.length - 1);
  const argument = declared[index];
  if (!argument || (positionals.length >= declared.length && !argument.variadic)) return [];
  if (argument.argChoices) return matching(argument.argChoices);
  const kind: ArgumentCompletion | undefined = found.spec?.complete?.[index];
  if (kind === 'version' && current.includes('@')) {
    const name = current.slice(0, current.indexOf('@'));
    return matching(((await sources.revisions?.(dir)) ?? []).map((rev) => `${name}@${rev}`));
  }
  if (kind === 'brief' || kind === 'version') return matching(await sources.ids(dir));
  if (kind === 'label') {
    const labels = await sources.labels(dir, positionals[0]!);
    return labels.filter((l) => l.toLowerCase().startsWith(current.toLowerCase()));
  }
  if (kind === 'query') return matching(await queryWords(current, dir, sources));
  if (kind === 'files') return [FILES];
  return [];
}
