/** `brief export <brief>`: plain text or JSON, to stdout or atomically to a file. */
import { Command, Option } from '@commander-js/extra-typings';
import { briefJSON, formatJSON } from '../../render/json.js';
import { renderText } from '../../render/text.js';
import { loadBrief, type Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { writeFileAtomic } from '../write-file.js';

export interface ExportOptions { format: 'text' | 'json'; json?: boolean; output?: string }

export function createExportCommand(run: (ref: string, opts: ExportOptions) => Promise<void>) {
  return new Command('export')
    .description('export a brief as plain text or JSON, to stdout or a file')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json'] as const).default('text' as const))
    .option('--json', 'the same as --format json')
    .option('-o, --output <file>', 'write to this file (atomically: it is complete or untouched)')
    .addHelpText('after', `
Examples:
  $ brief export istanbul-talks                      # plain text to stdout
  $ brief export istanbul-talks --format json -o istanbul.json
  $ brief export briefs/istanbul-talks.md --json | jq .recommendations`)
    .action(async (ref, opts) => { await run(ref, opts); });
}

export async function runExport(ref: string, opts: ExportOptions, ctx: Context): Promise<number> {
  const brief = await loadBrief(ref, ctx.dir);
  const json = opts.json === true || opts.format === 'json';
  const content = json ? formatJSON(briefJSON(brief)) : renderText(brief);
  if (opts.output === undefined) ctx.io.out(content);
  else await writeFileAtomic(opts.output, content);
  return ExitCode.Ok;
}
