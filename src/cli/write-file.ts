/**
 * The one writer for every file brief writes (`export -o`, `lint --fix`, `new`): a temporary
 * file beside the target, flushed to disk, then renamed into place, so a reader sees the old
 * file or the whole new one. It refuses targets it could damage, keeps the target's owner,
 * group and mode, writes through symbolic links instead of replacing them, and abandons the
 * write when the file changed after the caller read it.
 */
import {
  closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, linkSync, lstatSync, openSync, readFileSync,
  realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isInside } from '../brief/inside.js';
import { cleanLine } from '../text/sanitize.js';
import { lazyRequire } from '../lazy-require.js';
import { BriefError, UsageError } from './errors.js';
import { pendingTempFiles } from './temp-files.js';

export interface WriteOptions {
  /** When false, fail if the target exists instead of replacing it (link() is atomic). */
  overwrite?: boolean;
  /** Write a read-only target anyway (its mode is kept). */
  force?: boolean;
  /**
   * The text the caller read from the target: the write is abandoned with a
   * `ChangedSinceReadError` when the file no longer holds it (an editor saved meanwhile),
   * or is gone.
   */
  unchangedSince?: string;
  /** A symbolic link is written through only when its target lies inside this folder. */
  within?: string;
  /**
   * False when the caller writes many files into one folder and the last write syncs it: the
   * folder's entries (every rename) reach the disk with that one sync.
   */
  syncFolder?: boolean;
}

/** The file changed (or vanished) after it was read: nothing was written. */
export class ChangedSinceReadError extends BriefError {
  constructor(readonly path: string, readonly deleted: boolean) {
    super(`${cleanLine(path)} ${deleted ? 'was deleted' : 'changed'} while brief was working on it; not written`);
  }
}

const FILE_KINDS: Array<[keyof Stats, string]> = [
  ['isCharacterDevice', 'a character device'], ['isBlockDevice', 'a block device'],
  ['isFIFO', 'a named pipe'], ['isSocket', 'a socket'], ['isDirectory', 'a directory'],
];

function kindOf(info: Stats): string {
  for (const [test, name] of FILE_KINDS) if ((info[test] as () => boolean).call(info)) return name;
  return 'not a regular file';
}

/** The regular file a write to `path` lands on, and its current state (null when absent). */
export function resolveTarget(path: string, options: Pick<WriteOptions, 'within'> = {}): { target: string; existing: Stats | null } {
  const shown = cleanLine(path);
  let link: Stats | null = null;
  try { link = lstatSync(path); } catch { /* absent */ }
  let target = path;
  if (link?.isSymbolicLink()) {
    try {
      target = realpathSync(path);
    } catch {
      throw new UsageError(`cannot write ${shown}: it is a symbolic link to nothing; remove the link or give its target`);
    }
    if (options.within !== undefined && !isInside(realpathSync(options.within), target)) {
      throw new UsageError(`cannot write ${shown}: it is a symbolic link out of ${cleanLine(options.within)} (to ${cleanLine(target)}); not followed`);
    }
  }
  let existing: Stats | null = null;
  try { existing = statSync(target); } catch { /* absent: created */ }
  if (existing && !existing.isFile()) {
    throw new UsageError(`cannot write ${shown}: it is ${kindOf(existing)}, not a regular file`);
  }
  return { target, existing };
}

function writeAll(fd: number, chunk: string | Uint8Array): void {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Names longer than this (in bytes) leave no room for the temporary name's own parts. */
const MAX_NAME_BYTES = 255;

function tempName(folder: string, name: string): string {
  // crypto loads only when writing: reading commands never need it.
  const { randomBytes } = lazyRequire<typeof import('node:crypto')>('node:crypto');
  const suffix = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const full = `.${name}${suffix}`;
  return join(folder, Buffer.byteLength(full) <= MAX_NAME_BYTES ? full : `.brief${suffix}`);
}

/** The target still holds what was read; false when it changed or is gone. */
function unchanged(target: string, expected: string): boolean {
  try {
    return readFileSync(target, 'utf8') === expected;
  } catch {
    return false;
  }
}

/** Flushes a folder's entries (the rename) to disk; some file systems refuse, which costs nothing. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch { /* EINVAL/EISDIR on file systems that cannot sync a folder */ } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Gives the new file the old one's owner, group and mode; refuses when that is not possible. */
function keepOwnership(fd: number, existing: Stats, shown: string): void {
  const mine = fstatSync(fd);
  if (mine.uid !== existing.uid || mine.gid !== existing.gid) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch {
      const whose = mine.uid !== existing.uid ? `user ${existing.uid}` : `group ${existing.gid}, which this user is not in`;
    throw new BriefError(`cannot write ${shown}: it belongs to ${whose}, and a new file could not keep that; not changed`);
    }
  }
  // After the chown, which clears set-id bits; fchmod is not subject to the umask.
  fchmodSync(fd, existing.mode & 0o777);
}

export async function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  await writeStreamAtomic(path, (write) => write(content), options);
}

/** Writes what `produce` gives, chunk by chunk, then renames it into place (see the module's comment). */
export async function writeStreamAtomic(
  path: string,
  produce: (write: (chunk: string | Uint8Array) => Promise<void>) => Promise<void>,
  options: WriteOptions = {},
): Promise<void> {
  const shown = cleanLine(path);
  const { target, existing } = resolveTarget(path, options);
  const folder = dirname(target);
  try {
    if (!statSync(folder).isDirectory()) throw new Error();
  } catch {
    throw new UsageError(`cannot write ${shown}: folder "${cleanLine(folder)}" does not exist (it is not created)`);
  }
  if (existing && options.overwrite === false) throw new UsageError(`${shown} already exists; choose another name`);
  if (existing && (existing.mode & 0o222) === 0 && !options.force) {
    throw new BriefError(`${shown} is read-only; not changed (--force writes it anyway)`);
  }
  if (existing && existing.nlink > 1) {
    throw new BriefError(`${shown} has ${existing.nlink} hard links, which replacing it would split; not changed`);
  }
  const temp = tempName(folder, basename(target));
  pendingTempFiles.add(temp);
  // Synchronous file calls: a signal handler runs only between tasks, so it always finds the
  // temporary file either not yet created or created and listed, never being created by a
  // thread-pool call that would finish after the process has cleaned up and exited.
  try {
    const fd = openSync(temp, 'wx', 0o666);
    try {
      if (existing) keepOwnership(fd, existing, shown);
      await produce(async (chunk) => { writeAll(fd, chunk); });
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.unchangedSince !== undefined && !unchanged(target, options.unchangedSince)) {
      throw new ChangedSinceReadError(path, !existsNow(target));
    }
    if (options.overwrite === false) {
      linkSync(temp, target);
      unlinkSync(temp);
    } else {
      renameSync(temp, target);
    }
    if (options.syncFolder !== false) syncFolder(folder);
  } catch (error) {
    try { unlinkSync(temp); } catch { /* not created, or already renamed */ }
    if (error instanceof UsageError || error instanceof BriefError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'EEXIST') throw new UsageError(`${shown} already exists; choose another name`);
    throw new BriefError(`cannot write ${shown} (${describeCode(code)}); it was not changed`);
  } finally {
    pendingTempFiles.delete(temp);
  }
}

function existsNow(path: string): boolean {
  try { statSync(path); return true; } catch { return false; }
}

function describeCode(code: string): string {
  switch (code) {
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EROFS': return 'read-only file system';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return code;
  }
}
