/** The lint engine: runs the rules on one brief and returns validated, sorted messages. */
import { parseBrief, normaliseText } from '../brief/parse.js';
import { decodeBrief } from '../brief/read.js';
import type { Brief, Problem } from '../brief/model.js';
import { readDirectives } from './directives.js';
import { proseLines } from './source.js';
import { ownProseLines } from '../judgments/prose.js';
import { withLazy } from '../brief/lazy.js';
import { localDate } from '../brief/template.js';
import { detach } from '../text/detach.js';
import { toSeverity, type BriefConfig, type ResolvedRule } from './config.js';
import type { LintMessage, ProjectReport, ProjectRule, Report, Rule, RuleContext } from './types.js';
import { PROJECT_RULES, RULES } from './rules/index.js';
import { ruleForCode } from './problems.js';
import { configForFile, configForFolder } from './overrides.js';

/** What the engine needs to resolve a rule's setting: brief and project rules alike. */
type RuleDefaults = Pick<Rule, 'id' | 'defaultSeverity' | 'defaultOptions'>;

const resolvedCache = new WeakMap<BriefConfig, WeakMap<readonly RuleDefaults[], Map<string, ResolvedRule>>>();
const NO_CONFIG: BriefConfig = {};

/** Each rule's severity and options: its defaults, overridden by the config (resolved once per config). */
export function resolveRules(config: BriefConfig = NO_CONFIG, rules: readonly RuleDefaults[] = RULES): Map<string, ResolvedRule> {
  const cached = resolvedCache.get(config)?.get(rules);
  if (cached) return cached;
  const resolved = new Map<string, ResolvedRule>();
  for (const rule of rules) {
    const setting = config.rules?.[rule.id];
    const [severity, options] = setting === undefined ? [rule.defaultSeverity, {}] : Array.isArray(setting) ? setting : [setting, {}];
    resolved.set(rule.id, {
      severity: toSeverity(severity) ?? rule.defaultSeverity,
      options: { ...rule.defaultOptions, ...(options ?? {}) },
    });
  }
  if (!resolvedCache.has(config)) resolvedCache.set(config, new WeakMap());
  resolvedCache.get(config)!.set(rules, resolved);
  return resolved;
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/**
 * Lints one brief's text. Never throws: a rule that throws becomes a message. The config's
 * overrides that match `path` apply (see overrides.ts). `today` (YYYY-MM-DD) is the day dates
 * are checked against; by default the local date.
 */
export function lintBrief(text: string, path: string, config: BriefConfig = NO_CONFIG, rules: readonly Rule[] = RULES,
  previous: Brief | null = null, today?: string): LintMessage[] {
  return lintWithProblems(text, path, config, rules, previous, today).messages;
}

/** lintBrief, with the parser's problems too (a fatal one means the file must not be rewritten). */
export function lintWithProblems(text: string, path: string, config: BriefConfig = NO_CONFIG,
  rules: readonly Rule[] = RULES, previous: Brief | null = null, today?: string): { messages: LintMessage[]; problems: Problem[] } {
  const resolved = resolveRules(configForFile(config, path), rules);
  const { brief, problems } = parseBrief(text, path);
  const lines = normaliseText(text).split('\n');
  const unreadable = problems.some((p) => p.fatal);
  const directives = readDirectives(lines);
  const messages: LintMessage[] = [];
  // One context for every rule; only its options change. Prose lines (and the clock) are read on first use.
  const reports: Report[] = [];
  const context: RuleContext = withLazy(
    { brief, problems, lines, options: {}, previous, report: (r: Report) => { reports.push(r); } },
    {
      prose: () => proseLines(lines, brief.frontmatter.bodyLine, lines.length),
      ownProse: () => ownProseLines(lines, brief.frontmatter.bodyLine, lines.length),
      today: () => today ?? localDate(),
    },
  );
  for (const rule of rules) {
    const setting = resolved.get(rule.id)!;
    if (setting.severity === 'off' || (unreadable && !rule.runsOnUnreadable)) continue;
    reports.length = 0;
    context.options = setting.options;
    try {
      if (rule.codes) {
        for (const p of problems) {
          if (rule.codes.includes(p.code)) reports.push(rule.refine?.(p, context) ?? { line: p.line, column: p.column, message: p.message });
        }
      }
      rule.check?.(context);
    } catch (error) {
      reports.push({ line: 1, message: `rule failed on this brief (${(error as Error).message}); please report it` });
    }
    for (const r of reports) {
      // Validate what rules report: positions are whole numbers inside the file.
      const line = Math.min(Math.max(1, Math.trunc(Number(r.line) || 1)), lines.length);
      const column = Math.max(1, Math.trunc(Number(r.column ?? 1) || 1));
      if (directives.isDisabled(rule.id, line)) continue;
      const severity = r.severity === 'warning' ? 'warning' : setting.severity;
      const message: LintMessage = { file: path, line, column, severity, rule: rule.id, message: detach(String(r.message)) };
      if (r.fix) message.fix = { ...r.fix, lines: r.fix.lines.map(detach) };
      messages.push(message);
    }
  }
  return { messages: messages.sort(compareMessages), problems };
}

/** The message for a file that cannot be read at all, under the rule of the problem's code. */
export function unreadableMessage(path: string, problem: Problem, config: BriefConfig = NO_CONFIG, rules: readonly Rule[] = RULES): LintMessage[] {
  const rule = ruleForCode(rules, problem.code);
  const severity = rule ? resolveRules(configForFile(config, path), rules).get(rule.id)!.severity : 'off';
  if (!rule || severity === 'off') return [];
  return [{ file: path, line: problem.line, column: problem.column, severity, rule: rule.id, message: problem.message }];
}

/**
 * Runs the project rules on one briefs directory and its files. Never throws: a rule that
 * throws becomes a message on the directory's first file. Each finding takes the severity that
 * the config (its overrides included) gives the rule for its file.
 */
export function lintProject(dir: string, files: string[], config: BriefConfig = NO_CONFIG,
  rules: readonly ProjectRule[] = PROJECT_RULES): LintMessage[] {
  const resolved = resolveRules(configForFolder(config, rules.map((r) => r.id)), rules);
  const messages: LintMessage[] = [];
  for (const rule of rules) {
    const { severity, options } = resolved.get(rule.id)!;
    if (severity === 'off') continue;
    const reports: ProjectReport[] = [];
    try {
      rule.check({ dir, files, options, report: (r) => { reports.push(r); } });
    } catch (error) {
      if (files.length > 0) reports.push({ file: files[0]!, line: 1, message: `rule failed on this folder (${(error as Error).message}); please report it` });
    }
    for (const r of reports) {
      const line = Math.max(1, Math.trunc(Number(r.line) || 1));
      const column = Math.max(1, Math.trunc(Number(r.column ?? 1) || 1));
      const fileSeverity = config.overrides?.length ? resolveRules(configForFile(config, r.file), rules).get(rule.id)!.severity : severity;
      if (fileSeverity === 'off') continue;
      messages.push({ file: r.file, line, column, severity: fileSeverity, rule: rule.id, message: detach(String(r.message)) });
    }
  }
  return messages.sort(compareMessages);
}

/** Lints raw bytes, as read from a file: the file checks first, then the brief. */
export function lintBytes(bytes: Uint8Array, path: string, config: BriefConfig = {}, rules: readonly Rule[] = RULES,
  previous: Brief | null = null, today?: string): LintMessage[] {
  const decoded = decodeBrief(bytes);
  if (!decoded.ok) return unreadableMessage(path, decoded.problem, config, rules);
  return lintBrief(decoded.text, path, config, rules, previous, today);
}
