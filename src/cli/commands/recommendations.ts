/** `brief recommendations <brief>`: the checklist. */
import { Command } from '@commander-js/extra-typings';

export interface RecommendationsOptions { json?: string | boolean; markdown?: boolean }

export function createRecommendationsCommand(run: (ref: string, opts: RecommendationsOptions) => Promise<void>) {
  return new Command('recommendations')
    .alias('recs')
    .description('print the recommendations as a checklist: one line per item, "[ ]" or "[x]"')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .option('--json [fields]', 'print JSON; --json title,date selects fields')
    .option('--markdown', 'print a GitHub task list (- [ ] ...), groups as ### headings')
    .addHelpText('after', `
Examples:
  $ brief recommendations istanbul-talks
  $ brief recommendations istanbul-talks --markdown >> issue.md
  $ brief recommendations istanbul-talks --json | jq 'map(select(.done | not)) | length'`)
    .action(async (ref, opts) => { await run(ref, opts); });
}
