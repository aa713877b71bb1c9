/** `brief new <id>`: scaffold a brief from the template; never overwrites. */
import { Command } from '@commander-js/extra-typings';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { briefTemplate, localDate, titleFromId } from '../../brief/template.js';
import { KEBAB, kebabCase } from '../../lint/rules/file-name.js';
import { cleanLine } from '../../text/sanitize.js';
import type { Context } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';
import { writeFileAtomic } from '../write-file.js';

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

export async function runNew(id: string, opts: NewOptions, ctx: Context): Promise<number> {
  if (!KEBAB.test(id)) {
    const better = kebabCase(id);
    throw new UsageError(`"${cleanLine(id)}" is not a kebab-case id${better ? `; try "${better}"` : ''}`);
  }
  try {
    if (!(await stat(ctx.dir)).isDirectory()) throw new Error();
  } catch {
    throw new UsageError(`briefs directory "${cleanLine(ctx.dir)}" does not exist; create it or use --dir <path>`);
  }
  const path = join(ctx.dir, `${id}.md`);
  const text = briefTemplate({
    title: opts.title ?? titleFromId(id),
    author: opts.author ?? ctx.io.env.BRIEF_AUTHOR ?? 'Author Name',
    date: localDate(),
  });
  // Complete or absent, and never over an existing brief.
  await writeFileAtomic(path, text, { overwrite: false });
  ctx.io.out(`${path}\n`);
  return ExitCode.Ok;
}
