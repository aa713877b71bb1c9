/** `brief show <brief>`: the whole brief for reading; raw fields and Markdown when piped. */
import { Command, Option } from '@commander-js/extra-typings';
import { briefJSON, formatJSON } from '../../render/json.js';
import { fieldLines } from '../../render/fields.js';
import { cleanText } from '../../text/sanitize.js';
import { loadBrief, MAX_WIDTH, type Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { writePaged } from '../pager.js';

export interface ShowOptions { json?: boolean; pager: boolean; width?: string; format: 'auto' | 'terminal' | 'plain' | 'json' }

export function createShowCommand(run: (ref: string, opts: ShowOptions) => Promise<void>) {
  return new Command('show')
    .description('render a whole brief: a metadata header, then the body')
    .argument('<brief>', 'a brief id, or a path to a .md file')
    .option('--json', 'print the brief as JSON (contract §5); the same as --format json')
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

export async function runShow(ref: string, opts: ShowOptions, ctx: Context): Promise<number> {
  const brief = await loadBrief(ref, ctx.dir);
  const format = opts.json ? 'json' : opts.format === 'auto' ? (ctx.width === null ? 'plain' : 'terminal') : opts.format;
  if (format === 'json') {
    ctx.io.out(formatJSON(briefJSON(brief)));
    return ExitCode.Ok;
  }
  if (format === 'plain') {
    const body = brief.body.replace(/^\s*#[ \t][^\n]*\n/, '').trim();
    ctx.io.out(`${fieldLines(brief)}\n${cleanText(body)}\n`);
    return ExitCode.Ok;
  }
  const fallback = ctx.width ?? 80;
  const width = opts.width ? Math.max(20, Number.parseInt(opts.width, 10) || fallback) : fallback;
  // Loaded here only: marked-terminal and highlight.js are most of the start-up cost.
  const { renderShow } = await import('../../render/terminal.js');
  await writePaged(renderShow(brief, { style: ctx.style, width }), ctx.io, { pager: opts.pager });
  return ExitCode.Ok;
}
