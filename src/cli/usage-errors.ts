/**
 * Commander's usage errors in brief's words: what was wrong, then the valid values or the
 * closest one ("--status "publised" is not one of draft, review, published; did you mean
 * published?"), never its parser's terms ("command-argument value 'foo' is invalid for argument
 * 'which'"). Each command's `error()` goes through here, so its code and the command are known.
 */
import type { Command, Option } from '@commander-js/extra-typings';
import { cleanLine } from '../text/sanitize.js';
import { closestMatches } from '../text/suggest.js';

/** "a, b or c". */
export function orList(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

const didYouMean = (value: string, candidates: readonly string[]): string => {
  const [best] = closestMatches(value, candidates, 1);
  return best === undefined ? '' : `; did you mean ${best}?`;
};

/** The command as typed: `brief`, `brief list`. */
const commandLabel = (command: Command): string => (command.parent ? `brief ${command.name()}` : 'brief');
/** The command's name for a message: `list`, or none for the root. */
const commandName = (command: Command): string => (command.parent ? command.name() : 'brief');

/** Options of the command and of its parents (global options such as --color), long form first. */
function optionsOf(command: Command): Option[] {
  const options: Option[] = [];
  for (let c: Command | null = command; c; c = c.parent as Command | null) options.push(...(c.options as Option[]));
  return options;
}

const findOption = (command: Command, flags: string): Option | undefined => optionsOf(command).find((o) => o.flags === flags);
const optionName = (option: Option | undefined, flags: string): string => option?.long ?? option?.short ?? flags.split(/[ ,]/)[0]!;

/** The commands and aliases of the root, for `brief lnt` and `brief help lnt`. */
export function commandNames(root: Command): string[] {
  return (root.commands as Command[]).flatMap((c) => [c.name(), ...c.aliases()]);
}

/** One line for an unknown command word, with the closest command or the list of them. */
export function unknownCommandMessage(word: string, root: Command): string {
  const names = (root.commands as Command[]).map((c) => c.name());
  const suggestion = didYouMean(word, commandNames(root));
  return `unknown command "${cleanLine(word)}"${suggestion || `; the commands are: ${names.join(', ')}`}`;
}

/**
 * The message for commander's error `code`, raised by `command` with commander's `message`.
 * Unknown codes keep commander's text, as one line.
 */
export function usageMessage(message: string, code: string | undefined, command: Command): string {
  const text = message.replace(/^error:\s*/, '').split('\n')[0]!;
  const label = commandLabel(command);
  const name = commandName(command);
  let match: RegExpMatchArray | null;
  switch (code) {
    case 'commander.unknownCommand':
      if ((match = text.match(/^unknown command '(.*)'/))) return `${unknownCommandMessage(match[1]!, command)}`;
      break;
    case 'commander.unknownOption':
      if ((match = text.match(/^unknown option '(.*?)'/))) {
        const longs = optionsOf(command).map((o) => o.long).filter((l): l is string => l !== undefined);
        const suggestion = match[1]!.startsWith('--') ? didYouMean(match[1]!, longs) : '';
        return `unknown option ${match[1]} for ${name}${suggestion || `; ${label} --help lists the options`}`;
      }
      break;
    case 'commander.invalidArgument':
      if ((match = text.match(/^option '(.+?)' argument '(.*)' is invalid\./s))) {
        const option = findOption(command, match[1]!);
        return invalidValue(optionName(option, match[1]!), match[2]!, option?.argChoices, text);
      }
      if ((match = text.match(/^command-argument value '(.*)' is invalid for argument '(.+?)'\./s))) {
        const argument = command.registeredArguments.find((a) => a.name() === match![2]);
        return invalidValue(name, match[1]!, argument?.argChoices, text);
      }
      break;
    case 'commander.missingArgument':
      if ((match = text.match(/^missing required argument '(.+?)'/))) {
        // `brief diff --json a b`: --json [fields] took the first argument as its fields.
        const fields: unknown = command.getOptionValue('json');
        if (typeof fields === 'string') return `${name} needs <${match[1]}>, but ${jsonTook(command, fields)}`;
        const argument = command.registeredArguments.find((a) => a.name() === match![1]);
        const what = argument?.argChoices ? `: ${orList(argument.argChoices)}` : argument?.description ? `: ${argument.description}` : '';
        return `${name} needs <${match[1]}>${what}; usage: ${label} ${command.usage()}`;
      }
      break;
    case 'commander.optionMissingArgument':
      if ((match = text.match(/^option '(.+?)' argument missing/))) {
        const option = findOption(command, match[1]!);
        const what = option?.argChoices ? `: ${orList(option.argChoices)}` : ` (${match[1]})`;
        return `${optionName(option, match[1]!)} needs a value${what}`;
      }
      break;
    case 'commander.excessArguments':
      if ((match = text.match(/Expected (\d+) arguments? but got (\d+)/))) {
        const takes = command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)).join(' ');
        return `too many arguments for ${name} (${match[2]}); it takes ${takes || 'none'} (quote a value that has spaces)`;
      }
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((match = text.match(/^required option '(.+?)' not specified/))) return `${optionName(findOption(command, match[1]!), match[1]!)} is required`;
      break;
    default:
      break;
  }
  return text;
}

/**
 * `--json [fields]` took the word after it, meant as an argument, as its fields: what happened and
 * where --json goes instead. `argument`: the optional argument it took, which commander cannot
 * report missing (`brief judgments --json istanbul-talks`).
 */
export function jsonTook(command: Command, fields: string, argument?: string): string {
  const not = argument === undefined ? '' : `, not as <${argument}>`;
  return `--json took "${cleanLine(fields)}" as its fields${not}; put --json after the arguments: ${commandLabel(command)} ${command.usage()}`;
}

/** `--status takes draft, review or published, not "foo"; did you mean ...?`, or the parser's own reason. */
function invalidValue(subject: string, value: string, choices: readonly string[] | undefined, text: string): string {
  if (!choices) return `${subject}: "${value}" is not valid: ${text.replace(/^.*? is invalid\.\s*/s, '')}`;
  return `${subject} takes ${orList(choices)}, not "${value}"${didYouMean(value, choices)}`;
}

/** Routes every usage error of `command` through `usageMessage`. */
export function translateUsageErrors(command: Command): void {
  const original = command.error.bind(command);
  command.error = ((message: string, options?: { code?: string; exitCode?: number }) =>
    original(usageMessage(message, options?.code, command), options)) as Command['error'];
}
