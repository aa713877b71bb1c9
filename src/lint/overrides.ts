/**
 * `.briefrc.json` overrides: the rule settings for one file, from the config's `rules` and every
 * override whose globs match the file's path relative to the config file's folder.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { BriefConfig, RuleSetting } from './config.js';
import { toSeverity } from './config.js';

type Matcher = (path: string) => boolean;
interface Compiled { root: string; matchers: Array<{ files: Matcher; excluded: Matcher | null }>; byMatch: Map<string, BriefConfig> }

const compiledCache = new WeakMap<BriefConfig, Compiled>();

/** As ESLint's globs: `*` and `**` match dot files and folders too; otherwise picomatch's (markdownlint-cli2's) syntax. */
const GLOB_OPTIONS = { dot: true } as const;

function compile(config: BriefConfig): Compiled {
  let compiled = compiledCache.get(config);
  if (!compiled) {
    compiled = {
      root: resolve(config.root ?? '.'),
      matchers: (config.overrides ?? []).map((o) => ({
        files: picomatch(o.files, GLOB_OPTIONS),
        excluded: o.excludedFiles ? picomatch(o.excludedFiles, GLOB_OPTIONS) : null,
      })),
      byMatch: new Map(),
    };
    compiledCache.set(config, compiled);
  }
  return compiled;
}

/**
 * A setting that gives only a severity keeps the options set before it, as in ESLint: an
 * override that says `"section-missing": "warn"` keeps the `require` of the top-level rules.
 */
function merge(base: RuleSetting | undefined, setting: RuleSetting): RuleSetting {
  const options = Array.isArray(setting) ? setting[1] : undefined;
  const baseOptions = Array.isArray(base) ? base[1] : undefined;
  if (options !== undefined || baseOptions === undefined) return setting;
  const severity = Array.isArray(setting) ? setting[0] : setting;
  return [severity, baseOptions];
}

/**
 * The config that applies to `file` (a path as given, resolved against the current folder):
 * `rules` with the matching overrides applied in order. Files that match the same overrides
 * share one config object, so the engine resolves each combination once.
 */
export function configForFile(config: BriefConfig, file: string): BriefConfig {
  if (!config.overrides || config.overrides.length === 0) return config;
  const { root, matchers, byMatch } = compile(config);
  const path = relative(root, resolve(file));
  // A file outside the config file's folder matches no override.
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return config;
  const posix = sep === '/' ? path : path.split(sep).join('/');
  const matched = matchers.flatMap((m, i) => (m.files(posix) && !m.excluded?.(posix) ? [i] : []));
  if (matched.length === 0) return config;
  const key = matched.join(',');
  let merged = byMatch.get(key);
  if (!merged) {
    const rules = { ...config.rules };
    for (const i of matched) {
      for (const [id, setting] of Object.entries(config.overrides[i]!.rules)) rules[id] = merge(rules[id], setting);
    }
    merged = { ...config, rules, overrides: [] };
    byMatch.set(key, merged);
  }
  return merged;
}

/**
 * The config for rules over a whole folder (duplicate-id): a rule that is off at the top but
 * turned on by an override runs, at that override's severity; configForFile then decides
 * each finding's severity by its file.
 */
export function configForFolder(config: BriefConfig, ruleIds: readonly string[]): BriefConfig {
  if (!config.overrides || config.overrides.length === 0) return config;
  const rules = { ...config.rules };
  for (const id of ruleIds) {
    const severityOf = (s: RuleSetting | undefined) => (s === undefined ? undefined : toSeverity(Array.isArray(s) ? s[0] : s));
    if (severityOf(rules[id]) !== 'off') continue;
    const on = config.overrides.map((o) => o.rules[id]).find((s) => s !== undefined && severityOf(s) !== 'off');
    if (on !== undefined) rules[id] = on;
  }
  return { ...config, rules };
}
