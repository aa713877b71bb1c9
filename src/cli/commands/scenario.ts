/** `brief scenario <brief> [label]`: one scenario, or the list of them. */
import { Command } from '@commander-js/extra-typings';

export interface ScenarioOptions { json?: string | boolean }

export function createScenarioCommand(run: (ref: string, label: string | undefined, opts: ScenarioOptions) => Promise<void>) {
  return new Command('scenario')
    .description('print one scenario; without a label, list the scenarios')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .argument('[label]', 'a scenario label: A, b, 3 (case-insensitive)')
    .option('--json [fields]', 'print JSON; --json title,date selects fields')
    .addHelpText('after', `
Examples:
  $ brief scenario istanbul-talks          # A, B, C, D with their titles
  $ brief scenario istanbul-talks C
  $ brief scenario istanbul-talks c --json | jq -r .title`)
    .action(async (ref, label, opts) => { await run(ref, label, opts); });
}
