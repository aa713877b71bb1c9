/** Atomic file writes: a temporary file in the same folder, then rename; never a half-written file. */
import { closeSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cleanLine } from '../text/sanitize.js';
import { lazyRequire } from '../lazy-require.js';
import { BriefError, UsageError } from './errors.js';
import { pendingTempFiles } from './temp-files.js';


function writeAll(fd: number, chunk: string): void {
  const bytes = Buffer.from(chunk, 'utf8');
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

export interface WriteOptions {
  /** When false, fail with EEXIST instead of replacing an existing file (link() is atomic). */
  overwrite?: boolean;
}

export async function writeFileAtomic(path: string, content: string, options: WriteOptions = {}): Promise<void> {
  await writeStreamAtomic(path, (write) => write(content), options);
}

/**
 * Writes what `produce` gives, chunk by chunk, to a temporary file in the target's folder,
 * then renames it into place: readers see the old file or the whole new one, never a part.
 */
export async function writeStreamAtomic(
  path: string,
  produce: (write: (chunk: string) => Promise<void>) => Promise<void>,
  options: WriteOptions = {},
): Promise<void> {
  const folder = dirname(path);
  try {
    if (!statSync(folder).isDirectory()) throw new Error();
  } catch {
    throw new UsageError(`cannot write ${cleanLine(path)}: folder "${cleanLine(folder)}" does not exist (it is not created)`);
  }
  let mode = 0o666;
  try {
    const existing = statSync(path);
    if (existing.isDirectory()) throw new UsageError(`cannot write ${cleanLine(path)}: it is a directory`);
    mode = existing.mode & 0o777;
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  // crypto loads only when writing: reading commands never need it.
  const { randomBytes } = lazyRequire<typeof import('node:crypto')>('node:crypto');
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pendingTempFiles.add(temp);
  // Synchronous file calls: a Ctrl-C handler runs only between tasks, so it always finds the
  // temporary file either not yet created or created and listed, never being created by a
  // thread-pool call that would finish after the process has cleaned up and exited.
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      await produce(async (chunk) => { writeAll(fd, chunk); });
    } finally {
      closeSync(fd);
    }
    if (options.overwrite === false) {
      linkSync(temp, path);
      unlinkSync(temp);
    } else {
      renameSync(temp, path);
    }
  } catch (error) {
    try { unlinkSync(temp); } catch { /* not created, or already renamed */ }
    if (error instanceof UsageError || error instanceof BriefError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'EEXIST') throw new UsageError(`${cleanLine(path)} already exists; choose another name`);
    throw new BriefError(`cannot write ${cleanLine(path)} (${code}); nothing was changed`);
  } finally {
    pendingTempFiles.delete(temp);
  }
}
