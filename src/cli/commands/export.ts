/** `brief export <brief>` / `--all`: plain text or JSON, to stdout or atomically to a file. */
import { Command, Option } from '@commander-js/extra-typings';

export interface ExportOptions { format: 'text' | 'json'; json?: string | boolean; output?: string; all?: boolean; force?: boolean }

export function createExportCommand(run: (ref: string | undefined, opts: ExportOptions) => Promise<void>) {
  return new Command('export')
    .description('export a brief (or --all of them) as plain text or JSON, to stdout or a file')
    .argument('[brief]', 'a brief id, or a path to a .md file')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json'] as const).default('text' as const))
    .option('--json [fields]', 'print JSON; --json title,date selects fields')
    .option('--all', 'every brief in the briefs directory: a JSON array, or the texts one after another')
    .option('-o, --output <file>', 'write to this file (atomically: it is complete or untouched)')
    .option('--force', 'with -o: replace a read-only file too')
    .addHelpText('after', `
With --all, briefs that cannot be read are named on stderr and left out; the
exit status is then 1, so a script knows the export is incomplete.

Examples:
  $ brief export istanbul-talks                      # plain text to stdout
  $ brief export istanbul-talks --format json -o istanbul.json
  $ brief export briefs/istanbul-talks.md --json | jq .recommendations
  $ brief export --all --json | jq -r '.[] | [.id, .summary] | @tsv'`)
    .action(async (ref, opts) => { await run(ref, opts); });
}
