/** Runs `brief new`: loaded only when the command runs, to keep start-up light. */
import type { NewOptions } from '../commands/new.js';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { briefTemplate, localDate, titleFromId } from '../../brief/template.js';
import { KEBAB, kebabCase } from '../../lint/rules/file-name.js';
import { cleanLine } from '../../text/sanitize.js';
import type { Context } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';
import { discoverBriefs } from '../../brief/discover.js';
import { idFromPath } from '../../brief/parse.js';
import { idKey } from '../../lint/project.js';
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
  await refuseTakenId(id, ctx);
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

/**
 * A new id must be new anywhere in the briefs directory, also to a file system that ignores
 * letter case or Unicode normalisation: otherwise `brief show <id>` could not tell them apart.
 */
async function refuseTakenId(id: string, ctx: Context): Promise<void> {
  const { files, outside, unread } = await discoverBriefs(ctx.dir, { follow: ctx.follow });
  const taken = [...files, ...outside].filter((path) => idKey(idFromPath(path)) === idKey(id));
  const same = taken.find((path) => idFromPath(path) === id);
  // A kebab-case id is ASCII: only letter case can make another name collide with it.
  if (same) throw new UsageError(`${cleanLine(same)} already exists; choose another id`);
  if (taken.length > 0) {
    throw new UsageError(`${cleanLine(taken[0]!)} already exists, and "${id}" differs from its name only by letter case; choose another id`);
  }
  for (const folder of unread) ctx.io.err(`brief: ${cleanLine(folder)}: cannot be read; not checked for the id "${id}"\n`);
}
