/** Finding brief files in a briefs directory (recursively, safe against link loops). */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isInside } from './inside.js';

export interface DiscoverOptions {
  /** Follow symbolic links whose target is outside `dir` (as ripgrep's `-L`); by default they are skipped. */
  follow?: boolean;
  /** Only `.md` names that pass are returned: resolving one id needs no list of every brief. */
  match?: (name: string) => boolean;
}

export interface Discovery {
  /** Paths of `.md` entries, the briefs directory joined with the path inside it, sorted. */
  files: string[];
  /** One line each: folders not read, links not followed, link loops. Reported, never fatal. */
  warnings: string[];
  /** Folders that could not be read (permissions, a path too long, too many links): briefs in them may be missing. */
  unread: string[];
  /** Symbolic links left alone because they lead out of `dir` (without `follow`). */
  outside: string[];
  /** Links to a file already found under its own path: not in `files`, so each file is read once. */
  aliases: string[];
}

/** Folders never searched: version control, dependencies, hidden folders. */
const SKIP = new Set(['node_modules']);

/**
 * A folder's own documents, which a folder of briefs often has beside them (a README saying what
 * the folder holds): never briefs when a folder is searched. A path given by name is still read.
 */
const FOLDER_DOCS = /^(?:readme|changelog|contributing|license|licence|code_of_conduct)\.md$/i;

/** A file name a folder search reads as a brief. */
const isBriefName = (name: string): boolean => name.endsWith('.md') && !FOLDER_DOCS.test(name);

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'error';

/**
 * Async for callers, synchronous inside: a directory listing is quick, and the promise API's
 * per-entry iteration made finding a large archive several times slower.
 *
 * The real tree is walked first, then the symbolic links found in it. So a file or folder reached
 * both directly and through a link is read once, under its own path; a link to a folder already
 * walked is skipped quietly, and only a link to a folder that contains it is reported as a loop.
 */
export async function discoverBriefs(dir: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const found: Discovery = { files: [], warnings: [], unread: [], outside: [], aliases: [] };
  const match = options.match ?? (() => true);
  /** Real paths of the folders listed. */
  const seen = new Set<string>();
  /** Links, each with the real path of the folder holding it, followed once the real tree is walked. */
  const links: Array<{ path: string; parent: string }> = [];

  const unreadable = (folder: string, error: unknown): void => {
    found.warnings.push(`${folder}: cannot be read (${errorCode(error)}); briefs in it are left out`);
    found.unread.push(folder);
  };

  function walk(folder: string, real: string): void {
    // Reached again below a link to one of its ancestors (with --follow): already read.
    if (seen.has(real)) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      unreadable(folder, error);
      return;
    }
    seen.add(real);
    const subfolders: string[] = [];
    const linked: string[] = [];
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.') || SKIP.has(name)) continue;
      // A folder named `x.md` is still a folder: it is searched, not read as a brief.
      if (entry.isDirectory()) subfolders.push(name);
      else if (entry.isSymbolicLink()) linked.push(name);
      else if (isBriefName(name) && match(name)) found.files.push(join(folder, name));
    }
    for (const name of linked.sort()) links.push({ path: join(folder, name), parent: real });
    // The real path of a folder that is not a link is its parent's real path and its name.
    for (const name of subfolders.sort()) walk(join(folder, name), join(real, name));
  }

  let root: string;
  try {
    root = realpathSync(dir);
  } catch (error) {
    unreadable(dir, error);
    return found;
  }
  const inside = (real: string): boolean => isInside(root, real);
  walk(dir, root);

  // Folders first (walking one may find more links), then files, so that `seen` is complete
  // when a linked file is checked against the folders walked.
  const fileLinks: Array<{ path: string; real: string }> = [];
  for (let i = 0; i < links.length; i += 1) {
    const { path, parent } = links[i]!;
    const name = basename(path);
    let real: string;
    let isDir: boolean;
    try {
      real = realpathSync(path);
      isDir = statSync(real).isDirectory();
    } catch (error) {
      // A broken `.md` link is reported when read; any other may have been a folder.
      if (isBriefName(name)) { if (match(name)) found.files.push(path); } else if (errorCode(error) !== 'ENOENT') unreadable(path, error);
      continue;
    }
    if (!isDir && !(isBriefName(name) && match(name))) continue;
    if (!options.follow && !inside(real)) {
      found.warnings.push(`${path}: symbolic link out of ${dir}; skipped (--follow reads it)`);
      found.outside.push(path);
      continue;
    }
    if (!isDir) fileLinks.push({ path, real });
    else if (!seen.has(real)) walk(path, real);
    else if (isInside(real, parent)) found.warnings.push(`${path}: symbolic link loop; skipped`);
  }
  const linkedFiles = new Set<string>();
  for (const { path, real } of fileLinks) {
    const name = basename(real);
    // Already found under its own name in a folder walked, or through another link.
    const walked = seen.has(dirname(real)) && isBriefName(name) && !name.startsWith('.') && !SKIP.has(name);
    if (walked || linkedFiles.has(real)) found.aliases.push(path);
    else {
      linkedFiles.add(real);
      found.files.push(path);
    }
  }

  // Sorted by the path inside the directory. Every file is join(dir, ...), so that path is what
  // follows join's spelling of dir (path.relative per file took as long as the walk).
  const prefix = join(dir, 'x').length - 1;
  const keyed = found.files.map((file) => [file.slice(prefix), file] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  found.files = keyed.map(([, file]) => file);
  return found;
}
