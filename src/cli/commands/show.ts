/** `brief show <brief>`: the whole brief for reading; raw fields and Markdown when piped. */
import { Command, Option } from '@commander-js/extra-typings';
import { briefFields, briefJSON } from '../../render/json.js';
import { markdownWithoutComments } from '../../render/comments.js';
import { fieldLines } from '../../render/fields.js';
import { cleanText } from '../../text/sanitize.js';
import { defineCommand } from '../command.js';
import { MAX_WIDTH } from '../constants.js';
import { ExitCode } from '../errors.js';
import { formatSelected } from '../json-output.js';
import { loadBrief } from '../load.js';
import { writePaged } from '../pager.js';

export default defineCommand({
  create: () => new Command('show')
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
  $ brief show istanbul-talks --format terminal --color always | less -R`),
  complete: ['brief'],
  jsonFields: briefFields,

  async run([ref], opts, ctx) {
    const brief = await loadBrief(ref, ctx);
    const format = opts.json ? 'json' : opts.format === 'auto' ? (ctx.width === null ? 'plain' : 'terminal') : opts.format;
    if (format === 'json') {
      ctx.io.out(formatSelected(briefJSON(brief), opts.json));
      return ExitCode.Ok;
    }
    if (format === 'plain') {
      const body = markdownWithoutComments(brief.body).replace(/^\s*#[ \t][^\n]*\n/, '').trim();
      ctx.io.out(`${fieldLines(brief)}\n${cleanText(body)}\n`);
      return ExitCode.Ok;
    }
    const fallback = ctx.width ?? 80;
    const width = opts.width ? Math.max(20, Number.parseInt(opts.width, 10) || fallback) : fallback;
    // Loaded here only: marked-terminal and highlight.js are most of the start-up cost.
    const { renderShow } = await import('../../render/terminal.js');
    await writePaged(renderShow(brief, { style: ctx.style, width }), ctx.io, { pager: opts.pager });
    return ExitCode.Ok;
  },
});
