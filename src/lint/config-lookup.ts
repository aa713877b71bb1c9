/**
 * Finding `.briefrc.json` and deciding whether to trust it. The file changes what every command
 * reads (`dir`) and what `lint` reports (rules turned off), so, as git does with a repository
 * owned by someone else (`safe.directory`), a file another user could have written is ignored
 * with a warning, and the search stops at the repository root or the home folder.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE, ConfigError, parseConfig, type BriefConfig } from './config.js';

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
  /** The config found, or an empty one. */
  config: BriefConfig;
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
export function findConfig(cwd: string, knownRules: readonly string[], lookup: ConfigLookup = {}): ConfigSearch {
  const home = lookup.home ? resolve(lookup.home) : null;
  let dir = resolve(cwd);
  for (;;) {
    const path = join(dir, CONFIG_FILE);
    const opened = openConfig(path, lookup);
    if (opened.kind === 'ignored') return { config: {}, path: null, warnings: [opened.warning] };
    if (opened.kind === 'text') {
      const config = parseConfig(opened.text, path, knownRules);
      if (config.dir !== undefined) config.dir = join(dir, config.dir);
      return { config, path, warnings: [] };
    }
    const parent = dirname(dir);
    if (dir === home || parent === dir || existsSync(join(dir, '.git'))) return { config: {}, path: null, warnings: [] };
    dir = parent;
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
