/** `brief new <id>`: scaffold a brief from the template; never overwrites. */
import { Command } from '@commander-js/extra-typings';

export interface NewOptions { title?: string; author?: string }

export function createNewCommand(run: (id: string, opts: NewOptions) => Promise<void>) {
  return new Command('new')
    .description('create a brief from the template in the briefs directory')
    .argument('<id>', 'the new brief\'s id, in kebab-case (its file name without .md)')
    .option('--title <title>', 'the title (default: from the id)')
    .option('--author <name>', 'the author (default: $BRIEF_AUTHOR)')
    .addHelpText('after', `
The brief is dated today and starts as a draft; it is never written over an
existing file. It prints the new file's path.

Examples:
  $ brief new gulf-shipping --title "Gulf Shipping Risks" --author "A. Analyst"
  $ $EDITOR "$(brief new sahel-update)"`)
    .action(async (id, opts) => { await run(id, opts); });
}
