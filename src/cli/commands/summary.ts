/** `brief summary <brief>`: the bottom line and an overview of scenarios and recommendations. */
import { Command } from '@commander-js/extra-typings';

export interface SummaryOptions { json?: string | boolean }

export function createSummaryCommand(run: (ref: string, opts: SummaryOptions) => Promise<void>) {
  return new Command('summary')
    .description('title, date, author, key question, summary, scenarios and recommendations at a glance')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .option('--json [fields]', 'print JSON; --json title,date selects fields')
    .addHelpText('after', `
The summary is the frontmatter "summary", else the summary section ("Summary",
"Bottom line", "BLUF"), else the first paragraph of the body.

Examples:
  $ brief summary istanbul-talks
  $ brief summary istanbul-talks --json | jq -r .summary`)
    .action(async (ref, opts) => { await run(ref, opts); });
}
