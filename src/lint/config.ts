/** `.briefrc.json`: the briefs directory and each rule's severity and options (found by config-lookup.ts). */
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
  'duplicate-id': {
    acrossFolders: { valid: (v) => typeof v === 'boolean', expected: 'true or false' },
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
    throw new ConfigError(`${where}: nested more than ${MAX_CONFIG_DEPTH} levels deep (a valid config has four)`);
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

/** Validates raw JSON into a config; `knownRules` are the rule ids that exist. */
export function validateConfig(raw: unknown, where: string, knownRules: readonly string[]): BriefConfig {
  const fail = (message: string): never => { throw new ConfigError(`${where}: ${message}`); };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(raw)) return fail('must be a JSON object');
  for (const key of Object.keys(raw)) {
    if (!['$schema', 'dir', 'rules'].includes(key)) fail(`unknown key ${show(key)} (known: dir, rules)`);
  }
  if (raw.$schema !== undefined && typeof raw.$schema !== 'string') fail('"$schema" must be a string');
  if (raw.dir !== undefined && typeof raw.dir !== 'string') fail('"dir" must be a string');
  const rules: Record<string, RuleSetting> = {};
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) fail('"rules" must map rule ids to settings');
    for (const [id, setting] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (!knownRules.includes(id)) {
        const near = closestMatches(id, knownRules, 1);
        fail(`unknown rule ${show(id)}${near.length > 0 ? `; did you mean "${near[0]}"?` : ''}`);
      }
      if (Array.isArray(setting) && (setting.length < 1 || setting.length > 2)) {
        fail(`rule "${id}": use a severity or [severity, options]`);
      }
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      if (toSeverity(severity) === null) fail(`rule "${id}": severity must be "off", "warn" or "error"`);
      if (options !== undefined) {
        if (!isObject(options)) fail(`rule "${id}": options must be an object`);
        const known = RULE_OPTIONS[id] ?? {};
        for (const [name, value] of Object.entries(options as Record<string, unknown>)) {
          const spec = known[name];
          if (!spec) {
            const names = Object.keys(known);
            fail(`rule "${id}": unknown option ${show(name)} (${names.length > 0 ? `known: ${names.join(', ')}` : 'it takes no options'})`);
          } else if (!spec.valid(value)) {
            fail(`rule "${id}": option "${name}" must be ${spec.expected}, not ${show(value)}`);
          }
        }
      }
      rules[id] = setting as RuleSetting;
    }
  }
  return { dir: raw.dir as string | undefined, rules };
}
