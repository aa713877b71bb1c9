/**
 * `export --all --format html -o <folder>`: one page per brief and an index.html listing them as
 * `brief list` does, each file written atomically into a folder that must exist. Briefs are read
 * one at a time; only their metadata is kept for the index, which is written last.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { briefRef, sharedIds } from '../brief/address.js';
import type { BriefMeta } from '../brief/model.js';
import { parseBrief } from '../brief/parse.js';
import { sortBriefs } from '../brief/query.js';
import { renderHtmlIndex, renderHtmlPage, type IndexEntry, type Paper } from '../render/html/page.js';
import { cleanLine } from '../text/sanitize.js';
import { findBriefs, readEach, type Outcome } from './briefs.js';
import type { Context } from './context.js';
import { BriefError, ExitCode, UsageError } from './errors.js';
import { writeFileAtomic } from './write-file.js';

/** The page's file name: the id, or for an id several briefs share, their path with `.` for `/` (ids have no dots). */
export function pageName(dir: string, path: string, shared: ReadonlySet<string>): string {
  return `${briefRef(dir, path, shared).replace(/\.md$/, '').replace(/\//g, '.')}.html`;
}

export async function exportHtmlFolder(folder: string | undefined, options: { paper?: Paper; force?: boolean }, ctx: Context): Promise<number> {
  if (folder === undefined) throw new UsageError('--all --format html writes one file per brief: give the folder with -o <folder>');
  let isFolder: boolean;
  try { isFolder = statSync(folder).isDirectory(); } catch {
    throw new UsageError(`folder "${cleanLine(folder)}" does not exist (it is not created); create it, or give an existing folder to -o`);
  }
  if (!isFolder) throw new UsageError(`-o ${cleanLine(folder)} is not a folder; with --all --format html, -o names the folder to write the pages into`);
  const { files, aliases, unread } = await findBriefs(ctx);
  const shared = sharedIds([...files, ...aliases]);
  const entries: IndexEntry[] = [];
  const page = (text: string, path: string): Outcome<{ meta: BriefMeta; html: string }> => {
    const parsed = parseBrief(text, path);
    const fatal = parsed.problems.find((p) => p.fatal);
    if (fatal) return { problem: fatal };
    const { brief } = parsed;
    const meta: BriefMeta = {
      id: brief.id, path: brief.path, title: brief.title, date: brief.date, updated: brief.updated, author: brief.author, source: brief.source,
      url: brief.url, region: brief.region, tags: brief.tags, status: brief.status, keyQuestion: brief.keyQuestion,
    };
    return { value: { meta, html: renderHtmlPage(brief, { paper: options.paper }) } };
  };
  for await (const { meta, html } of readEach(files, page, ctx)) {
    const href = pageName(ctx.dir, meta.path, shared);
    // Each page is flushed before its rename; the index's write syncs the folder, all renames at once.
    await writeFileAtomic(join(folder, href), html, { force: options.force, syncFolder: false });
    entries.push({ meta, href });
  }
  // A site's index is not replaced with an empty one: no brief found or none readable leaves it.
  if (entries.length === 0) throw new BriefError(`no brief exported; ${cleanLine(join(folder, 'index.html'))} was not written`);
  const byHref = new Map(entries.map((e) => [e.meta, e.href]));
  const sorted = sortBriefs(entries.map((e) => e.meta), 'date').map((meta) => ({ meta, href: byHref.get(meta)! }));
  await writeFileAtomic(join(folder, 'index.html'), renderHtmlIndex(sorted, { paper: options.paper }), { force: options.force });
  return entries.length < files.length || unread.length > 0 ? ExitCode.Failure : ExitCode.Ok;
}
