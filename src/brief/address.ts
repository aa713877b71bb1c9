/**
 * How a command line names a brief of the briefs directory: by its id (the file's stem), or,
 * when several files share that id (`en/x.md` and `fr/x.md`, as a static site keeps its
 * translations), by its path inside the directory, with or without `.md`.
 */
import { relative } from 'node:path';
import { idFromPath } from './meta.js';

/** The path of `file` inside `dir`, with `/` between folders: `en/x.md`. */
export function pathInside(dir: string, file: string): string {
  return relative(dir, file).replace(/\\/g, '/');
}

/** The ids that name more than one of `files`. */
export function sharedIds(files: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const file of files) {
    const id = idFromPath(file);
    if (seen.has(id)) shared.add(id);
    else seen.add(id);
  }
  return shared;
}

/**
 * What to type to name `file`: its id, or, when the id is shared, its path inside `dir`
 * without `.md` (`en/x`). A file at the top of `dir` keeps `.md` (`x.md`), since `x` alone is
 * the shared id.
 */
export function briefRef(dir: string, file: string, shared: ReadonlySet<string>): string {
  const id = idFromPath(file);
  if (!shared.has(id)) return id;
  const inside = pathInside(dir, file);
  return inside.includes('/') ? inside.replace(/\.md$/, '') : inside;
}

/**
 * The path inside the briefs directory that a `<brief>` argument written as a path names:
 * `en/x`, `en/x.md`, `en\x` and `./en/x` all give `en/x.md`. Null for an absolute path or one
 * that leaves the directory.
 */
export function refAsPathInside(ref: string): string | null {
  const parts = ref.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (/^(?:[\\/]|[A-Za-z]:)/.test(ref) || parts.length === 0 || parts.includes('..')) return null;
  const path = parts.join('/');
  return path.endsWith('.md') ? path : `${path}.md`;
}
