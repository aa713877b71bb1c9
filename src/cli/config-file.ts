/**
 * Finding `.briefrc.json` and deciding whether to trust it. The file changes what every command
 * reads (`dir`) and what `lint` reports (rules turned off), so, as git does with a repository
 * owned by someone else (`safe.directory`), a file another user could have written is ignored
 * with a warning, and the search stops at the repository root or the home folder.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, ConfigError, readConfigJSON } from '../lint/config.js';

/** Larger files are refused before reading: a config is a few lines, and a huge (or sparse) file would cost its size. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ConfigLookup {
  /** The home folder: the search stops there (as at a folder holding `.git`). */
  home?: string | undefined;
  /** The user a file must belong to; undefined skips the check (no user ids, as on Windows). */
  uid?: number | undefined;
  /** Under sudo, the invoking user's files are trusted too (as git does with SUDO_UID). */
  sudoUid?: number | undefined;
}

export interface ConfigSearch {
  /**
   * The file's JSON, checked only for its shape and `dir`: the rules are `lint`'s to check
   * (validateConfig), so a rule setting never stops a reading command. Null when none was used.
   */
  raw: Record<string, unknown> | null;
  /** `dir` from the file, resolved against the file's folder. */
  dir: string | undefined;
  /** The file used; null when none was found or the one found was ignored. */
  path: string | null;
  /** One line each: a file ignored, and why. */
  warnings: string[];
}

type Opened = { kind: 'none' } | { kind: 'ignored'; warning: string } | { kind: 'text'; text: string };

/** Why a file is not trusted, or null when it is. */
function distrust(info: Stats, lookup: ConfigLookup): string | null {
  if (lookup.uid !== undefined && info.uid !== lookup.uid && info.uid !== lookup.sudoUid) {
    return `owned by another user (uid ${info.uid}); ignored`;
  }
  if ((info.mode & 0o002) !== 0) return 'writable by every user; ignored (chmod o-w to use it)';
  return null;
}

/** Reads at most `max + 1` bytes: a file that grows after fstat still costs no more. */
function readCapped(fd: number, max: number): Buffer {
  const buffer = Buffer.alloc(max + 1);
  let length = 0;
  for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
  return buffer.subarray(0, length);
}

/**
 * One candidate file. Synchronous (a few small reads, and start-up does not load the promise API
 * for them); O_NONBLOCK and fstat refuse a FIFO instead of waiting on it, and every check is on
 * the opened file, so it cannot be swapped between the check and the read.
 */
function openConfig(path: string, lookup: ConfigLookup): Opened {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'none' };
    // Unreadable (mode 000, another user's): as git does, say so and go on without it.
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'ignored', warning: `${path}: cannot be read (${code}); ignored` };
    throw new ConfigError(`${path}: cannot be read (${code})`);
  }
  try {
    const info = fstatSync(fd);
    const untrusted = distrust(info, lookup);
    if (untrusted) return { kind: 'ignored', warning: `${path}: ${untrusted}` };
    if (info.isDirectory()) throw new ConfigError(`${path}: cannot be read (EISDIR)`);
    if (!info.isFile()) throw new ConfigError(`${path}: is not a regular file`);
    const tooLarge = `${path}: larger than 1 MiB; a config is a few lines`;
    if (info.size > MAX_CONFIG_BYTES) throw new ConfigError(tooLarge);
    const bytes = readCapped(fd, MAX_CONFIG_BYTES);
    if (bytes.length > MAX_CONFIG_BYTES) throw new ConfigError(tooLarge);
    return { kind: 'text', text: bytes.toString('utf8') };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The config file nearest to `cwd`, walking up to the first folder that holds `.git` or is the
 * home folder (without either, to the file system root). The first file found ends the search,
 * whether it is used or ignored.
 */
export function findConfig(cwd: string, lookup: ConfigLookup = {}): ConfigSearch {
  const home = lookup.home ? resolve(lookup.home) : null;
  let folder = resolve(cwd);
  const none: ConfigSearch = { raw: null, dir: undefined, path: null, warnings: [] };
  for (;;) {
    const path = join(folder, CONFIG_FILE);
    const opened = openConfig(path, lookup);
    if (opened.kind === 'ignored') return { ...none, warnings: [opened.warning] };
    if (opened.kind === 'text') {
      const raw = readConfigJSON(opened.text, path);
      if (raw.dir !== undefined && typeof raw.dir !== 'string') throw new ConfigError(`${path}: "dir" must be a string`);
      return { raw, dir: raw.dir === undefined ? undefined : join(folder, raw.dir), path, warnings: [] };
    }
    const parent = dirname(folder);
    if (folder === home || parent === folder || existsSync(join(folder, '.git'))) return none;
    folder = parent;
  }
}

/** The lookup for this process: its user (and sudo's), and $HOME. */
export function processLookup(env: NodeJS.ProcessEnv): ConfigLookup {
  const sudo = Number(env.SUDO_UID);
  return {
    home: env.HOME || undefined,
    uid: process.getuid?.(),
    sudoUid: env.SUDO_UID && Number.isInteger(sudo) ? sudo : undefined,
  };
}
