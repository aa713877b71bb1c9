/** Finding brief files in a briefs directory (recursively, safe against link loops). */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface Discovery {
  /** Paths of `.md` entries, the briefs directory joined with the path inside it, sorted. */
  files: string[];
  /** Folders that could not be read, or link loops skipped: reported, never fatal. */
  warnings: string[];
}

/** Folders never searched: version control, dependencies, hidden folders. */
const SKIP = new Set(['node_modules']);

export async function discoverBriefs(dir: string): Promise<Discovery> {
  const files: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();

  async function walk(folder: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(folder);
    } catch {
      warnings.push(`${folder}: cannot be read; skipped`);
      return;
    }
    if (seen.has(real)) {
      warnings.push(`${folder}: symbolic link loop; skipped`);
      return;
    }
    seen.add(real);
    let handle;
    try {
      handle = await opendir(folder);
    } catch (error) {
      warnings.push(`${folder}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
      return;
    }
    const subfolders: string[] = [];
    for await (const entry of handle) {
      const path = join(folder, entry.name);
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = (await stat(path)).isDirectory();
        } catch {
          if (entry.name.endsWith('.md')) files.push(path); // reported as unreadable when read
          continue;
        }
      }
      // A folder named `x.md` is still a folder: it is searched, not read as a brief.
      if (isDir) subfolders.push(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
    for (const sub of subfolders.sort()) await walk(sub);
  }

  await walk(dir);
  // Sorted by the path inside the directory (computed once per file, not per comparison).
  const keyed = files.map((file) => [relative(dir, file), file] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { files: keyed.map(([, file]) => file), warnings };
}
