/** `.briefrc.json`: the briefs directory and each rule's severity and options. */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Severity, SeveritySetting } from './types.js';
import { closestMatches } from '../text/suggest.js';

export const CONFIG_FILE = '.briefrc.json';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface BriefConfig {
  /** The briefs directory, relative to the config file. */
  dir?: string;
  rules?: Record<string, RuleSetting>;
}

export interface ResolvedRule { severity: Severity | 'off'; options: Record<string, unknown> }

export class ConfigError extends Error {}

/** Coerces every accepted severity spelling in one place. */
export function toSeverity(value: unknown): Severity | 'off' | null {
  switch (value) {
    case 'off': case 0: return 'off';
    case 'warn': case 'warning': case 1: return 'warning';
    case 'error': case 2: return 'error';
    default: return null;
  }
}

/** Validates raw JSON into a config; `knownRules` are the rule ids that exist. */
export function validateConfig(raw: unknown, where: string, knownRules: readonly string[]): BriefConfig {
  const fail = (message: string): never => { throw new ConfigError(`${where}: ${message}`); };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('must be a JSON object');
  const data = raw as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!['$schema', 'dir', 'rules'].includes(key)) fail(`unknown key "${key}" (known: dir, rules)`);
  }
  if (data.dir !== undefined && typeof data.dir !== 'string') fail('"dir" must be a string');
  const rules: Record<string, RuleSetting> = {};
  if (data.rules !== undefined) {
    if (typeof data.rules !== 'object' || data.rules === null || Array.isArray(data.rules)) fail('"rules" must map rule ids to settings');
    for (const [id, setting] of Object.entries(data.rules as Record<string, unknown>)) {
      if (!knownRules.includes(id)) {
        const near = closestMatches(id, knownRules, 1);
        fail(`unknown rule "${id}"${near.length > 0 ? `; did you mean "${near[0]}"?` : ''}`);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      if (toSeverity(severity) === null) fail(`rule "${id}": severity must be "off", "warn" or "error"`);
      if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
        fail(`rule "${id}": options must be an object`);
      }
      rules[id] = setting as RuleSetting;
    }
  }
  return { dir: data.dir as string | undefined, rules };
}

/**
 * The file's text; null when there is none. Synchronous (a few small reads, and start-up does not
 * load the promise API for them); O_NONBLOCK and fstat refuse a FIFO instead of waiting on it.
 */
function readConfigText(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new ConfigError(`${path}: cannot be read (${code})`);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new ConfigError(`${path}: cannot be read (EISDIR)`);
    if (!info.isFile()) throw new ConfigError(`${path}: is not a regular file`);
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
  } finally {
    closeSync(fd);
  }
}

/** The config file nearest to `cwd`, walking up; null when there is none. */
export async function findConfig(cwd: string, knownRules: readonly string[]): Promise<{ config: BriefConfig; path: string } | null> {
  let dir = resolve(cwd);
  for (;;) {
    const path = join(dir, CONFIG_FILE);
    const text = readConfigText(path);
    if (text !== null) {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new ConfigError(`${path}: not valid JSON (${(error as Error).message})`);
      }
      const config = validateConfig(raw, path, knownRules);
      if (config.dir !== undefined) config.dir = join(dir, config.dir);
      return { config, path };
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
