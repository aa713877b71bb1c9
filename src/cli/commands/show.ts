/** `brief show <brief>`: the whole brief for reading; raw fields and Markdown when piped. */
import { Command, Option } from '@commander-js/extra-typings';
import { MAX_WIDTH } from '../constants.js';

export interface ShowOptions { json?: string | boolean; pager: boolean; width?: string; format: 'auto' | 'terminal' | 'plain' | 'json' }

export function createShowCommand(run: (ref: string, opts: ShowOptions) => Promise<void>) {
  return new Command('show')
    .description('render a whole brief: a metadata header, then the body')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .option('--json [fields]', 'print JSON; --json title,date selects fields')
    .addOption(new Option('--format <format>', 'auto: rendered on a terminal, plain when piped; terminal: rendered even when piped (for less -R)')
      .choices(['auto', 'terminal', 'plain', 'json'] as const).default('auto' as const))
    .option('--no-pager', 'never page the output')
    .option('--width <columns>', `wrap width on a terminal (default: terminal width, at most ${MAX_WIDTH})`)
    .addHelpText('after', `
On a terminal the brief is rendered with colours and paged with $PAGER (default
"less -FIRX") when it is taller than the screen. Piped, it prints "key:<TAB>value"
metadata lines, a blank line, and the Markdown body.

Examples:
  $ brief show istanbul-talks
  $ brief show briefs/istanbul-talks.md --no-pager
  $ brief show istanbul-talks --json | jq .scenarios
  $ brief show istanbul-talks --format terminal --color always | less -R`)
    .action(async (ref, opts) => { await run(ref, opts); });
}
