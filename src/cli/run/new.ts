/** Runs `brief new`: loaded only when the command runs, to keep start-up light. */
import type { NewOptions } from '../commands/new.js';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { briefTemplate, localDate, titleFromId } from '../../brief/template.js';
import { KEBAB, kebabCase } from '../../lint/rules/file-name.js';
import { cleanLine } from '../../text/sanitize.js';
import type { Context } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';
import { writeFileAtomic } from '../write-file.js';

export async function runNew(id: string, opts: NewOptions, ctx: Context): Promise<number> {
  if (!KEBAB.test(id)) {
    const better = kebabCase(id);
    throw new UsageError(`"${cleanLine(id)}" is not a kebab-case id${better ? `; try "${better}"` : ''}`);
  }
  try {
    if (!statSync(ctx.dir).isDirectory()) throw new Error();
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
