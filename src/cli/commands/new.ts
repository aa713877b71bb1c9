/** `brief new <id>`: scaffold a brief from the template; never overwrites. */
import { Command } from '@commander-js/extra-typings';
import { join } from 'node:path';
import { briefTemplate, titleFromId } from '../../brief/template.js';
import { KEBAB, kebabCase } from '../../lint/rules/file-name.js';
import { cleanLine } from '../../text/sanitize.js';
import { refuseTakenId, requireBriefsDir } from '../briefs.js';
import { defineCommand } from '../command.js';
import { ExitCode, UsageError } from '../errors.js';
import { today } from '../today.js';
import { writeFileAtomic } from '../write-file.js';

export default defineCommand({
  create: () => new Command('new')
    .description('create a brief from the template in the briefs directory')
    .argument('<id>', 'the new brief\'s id, in kebab-case (its file name without .md)')
    .option('--title <title>', 'the title (default: from the id)')
    .option('--author <name>', 'the author (default: $BRIEF_AUTHOR)')
    .addHelpText('after', `
The brief is dated today (the local date, or BRIEF_TODAY=YYYY-MM-DD for a fixed
date in scripts and tests) and starts as a draft; it is never written over an
existing file. It prints the new file's path.

Examples:
  $ brief new gulf-shipping --title "Gulf Shipping Risks" --author "A. Analyst"
  $ $EDITOR "$(brief new sahel-update)"
  $ BRIEF_TODAY=2026-03-10 brief new weekly-note      # dated 2026-03-10`),

  async run([id], opts, ctx) {
    if (!KEBAB.test(id)) {
      const better = kebabCase(id);
      throw new UsageError(`"${cleanLine(id)}" is not a kebab-case id${better ? `; try "${better}"` : ''}`);
    }
    // A malformed BRIEF_TODAY is refused before anything is written, as the other commands refuse it.
    const date = today(ctx.io);
    requireBriefsDir(ctx.dir, 'create it or use --dir <path>');
    await refuseTakenId(id, ctx);
    const path = join(ctx.dir, `${id}.md`);
    const text = briefTemplate({
      title: opts.title ?? titleFromId(id),
      author: opts.author ?? ctx.io.env.BRIEF_AUTHOR ?? 'Author Name',
      date,
    });
    // Complete or absent, and never over an existing brief.
    await writeFileAtomic(path, text, { overwrite: false });
    ctx.io.out(`${path}\n`);
    return ExitCode.Ok;
  },
});
