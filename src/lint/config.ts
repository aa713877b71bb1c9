/** `.briefrc.json`: the briefs directory and each rule's severity and options (found by config-lookup.ts). */
import type { Severity, SeveritySetting } from './types.js';
import { closestMatches } from '../text/suggest.js';

export const CONFIG_FILE = '.briefrc.json';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/** Rule settings for the files that match a glob (as ESLint's and markdownlint-cli2's users write them). */
export interface Override {
  /** Globs, relative to the config file's folder. */
  files: string[];
  /** Globs of files the override leaves alone, though `files` matches them. */
  excludedFiles?: string[];
  rules: Record<string, RuleSetting>;
}

export interface BriefConfig {
  /** The briefs directory, relative to the config file. */
  dir?: string;
  rules?: Record<string, RuleSetting>;
  /** In order: a later override wins over an earlier one, and every override over `rules`. */
  overrides?: Override[];
  /** The folder the overrides' globs are relative to (the config file's); without it, the current folder. */
  root?: string;
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

/** One option a rule accepts: a test of its value, and what the message asks for. */
interface OptionSpec { valid(value: unknown): boolean; expected: string }

/**
 * The options each rule accepts (docs/briefrc.schema.json); a rule not listed takes none. Only
 * validated values get through, so nothing unexpected (a deep structure, a string for a number)
 * reaches the rules or the lint workers.
 */
export const RULE_OPTIONS: Readonly<Record<string, Readonly<Record<string, OptionSpec>>>> = {
  'summary-length': {
    maxWords: { valid: (v) => Number.isInteger(v) && (v as number) >= 1, expected: 'a whole number of 1 or more' },
  },
  'section-missing': {
    require: {
      valid: (v) => Array.isArray(v) && v.every((x) => x === 'scenarios' || x === 'recommendations') && new Set(v).size === v.length,
      expected: 'a list of "scenarios" and "recommendations" (each at most once; [] requires neither)',
    },
  },
  'duplicate-id': {
    acrossFolders: { valid: (v) => typeof v === 'boolean', expected: 'true or false' },
  },
  placeholder: {
    inDraft: { valid: (v) => v === 'warning' || v === 'error', expected: '"warning" or "error"' },
  },
};

/** Deeper JSON is refused before it is parsed: a valid config is four levels deep. */
export const MAX_CONFIG_DEPTH = 32;

/** A value for a message: short, and one line (main cleans control characters). */
const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

/** How deep `[` and `{` nest in JSON text (strings skipped); stops counting past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length && max <= limit; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, (depth += 1));
    else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return max;
}

/**
 * The JSON object in a config file's text (a UTF-8 BOM allowed), nesting capped before parsing;
 * `where` names the file in errors. Its settings are checked by validateConfig.
 */
export function readConfigJSON(text: string, where: string): Record<string, unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonDepth(body, MAX_CONFIG_DEPTH) > MAX_CONFIG_DEPTH) {
    throw new ConfigError(`${where}: nested more than ${MAX_CONFIG_DEPTH} levels deep (a valid config has seven)`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    throw new ConfigError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${where}: must be a JSON object`);
  return raw as Record<string, unknown>;
}

type Fail = (message: string) => never;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates raw JSON into a config; `knownRules` are the rule ids that exist. */
export function validateConfig(raw: unknown, where: string, knownRules: readonly string[]): BriefConfig {
  const fail: Fail = (message) => { throw new ConfigError(`${where}: ${message}`); };
  if (!isObject(raw)) return fail('must be a JSON object');
  for (const key of Object.keys(raw)) {
    if (!['$schema', 'dir', 'rules', 'overrides'].includes(key)) fail(`unknown key ${show(key)} (known: dir, rules, overrides)`);
  }
  if (raw.$schema !== undefined && typeof raw.$schema !== 'string') fail('"$schema" must be a string');
  if (raw.dir !== undefined && typeof raw.dir !== 'string') fail('"dir" must be a string');
  const config: BriefConfig = { dir: raw.dir as string | undefined, rules: validateRules(raw.rules, '"rules"', knownRules, fail) };
  if (raw.overrides !== undefined) {
    if (!Array.isArray(raw.overrides)) fail('"overrides" must be a list of {"files": ..., "rules": ...}');
    config.overrides = (raw.overrides as unknown[]).map((o, i) => validateOverride(o, `overrides[${i}]`, knownRules, fail));
  }
  return config;
}

/** One entry of `overrides`: `files` (and `excludedFiles`) a glob or a list of globs, and its rules. */
function validateOverride(raw: unknown, name: string, knownRules: readonly string[], fail: Fail): Override {
  if (!isObject(raw)) return fail(`${name} must be an object with "files" and "rules"`);
  for (const key of Object.keys(raw)) {
    if (!['files', 'excludedFiles', 'rules'].includes(key)) fail(`${name}: unknown key ${show(key)} (known: files, excludedFiles, rules)`);
  }
  if (raw.files === undefined) fail(`${name}: "files" is missing (a glob such as "forecasts/**", or a list of globs)`);
  if (raw.rules === undefined) fail(`${name}: "rules" is missing`);
  const override: Override = { files: globs(raw.files, `${name}.files`, fail), rules: validateRules(raw.rules, `${name}.rules`, knownRules, fail) };
  if (raw.excludedFiles !== undefined) override.excludedFiles = globs(raw.excludedFiles, `${name}.excludedFiles`, fail);
  return override;
}

/**
 * A glob or a non-empty list of globs. The globs are relative to the config file's folder, so a
 * path that leaves it ("/x", "../x", "C:/x") could never match and is refused as a mistake.
 */
function globs(raw: unknown, name: string, fail: Fail): string[] {
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.length === 0 || !list.every((g) => typeof g === 'string')) {
    return fail(`${name} must be a glob or a list of globs, not ${show(raw)}`);
  }
  for (const glob of list as string[]) {
    if (glob.trim() === '') fail(`${name}: a glob cannot be empty`);
    if (/^(?:\/|[A-Za-z]:|\.\.(?:\/|$))/.test(glob) || glob.includes('\\')) {
      fail(`${name}: ${show(glob)} must be relative to the config file's folder, with "/" between folders`);
    }
  }
  return list as string[];
}

/** `rules` (at the top or in an override): known rule ids, each a severity or [severity, options]. */
function validateRules(raw: unknown, name: string, knownRules: readonly string[], fail: Fail): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (raw === undefined) return rules;
  if (!isObject(raw)) fail(`${name} must map rule ids to settings`);
  const where = name === '"rules"' ? '' : `${name}: `;
  for (const [id, setting] of Object.entries(raw as Record<string, unknown>)) {
    if (!knownRules.includes(id)) {
      const near = closestMatches(id, knownRules, 1);
      fail(`${where}unknown rule ${show(id)}${near.length > 0 ? `; did you mean "${near[0]}"?` : ''}`);
    }
    if (Array.isArray(setting) && (setting.length < 1 || setting.length > 2)) {
      fail(`${where}rule "${id}": use a severity or [severity, options]`);
    }
    const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
    if (toSeverity(severity) === null) fail(`${where}rule "${id}": severity must be "off", "warn" or "error"`);
    if (options !== undefined) {
      if (!isObject(options)) fail(`${where}rule "${id}": options must be an object`);
      const known = RULE_OPTIONS[id] ?? {};
      for (const [option, value] of Object.entries(options as Record<string, unknown>)) {
        const spec = known[option];
        if (!spec) {
          const names = Object.keys(known);
          fail(`${where}rule "${id}": unknown option ${show(option)} (${names.length > 0 ? `known: ${names.join(', ')}` : 'it takes no options'})`);
        } else if (!spec.valid(value)) {
          fail(`${where}rule "${id}": option "${option}" must be ${spec.expected}, not ${show(value)}`);
        }
      }
    }
    rules[id] = setting as RuleSetting;
  }
  return rules;
}
