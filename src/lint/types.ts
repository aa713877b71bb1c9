/** The lint message and rule shapes (contract §7). */
import type { Brief, Problem, ProblemCode } from '../brief/model.js';
import type { SourceLine } from './source.js';

export type Severity = 'error' | 'warning';

/** A line-based edit: replace lines `from`..`to` (1-based, inclusive) with `lines`. */
export interface Fix {
  from: number;
  to: number;
  lines: string[];
}

export interface LintMessage {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
  fix?: Fix;
}

export type SeveritySetting = 'off' | 'warn' | 'warning' | 'error' | 0 | 1 | 2;

export interface RuleExample {
  /** A brief (or part of one, see `wrap`) the rule must flag, with the lines it must report. */
  text: string;
  lines?: number[];
  /** Options for the rule in this example. */
  options?: Record<string, unknown>;
  /** The brief's earlier version, for rules that compare with it (lint --since). */
  previous?: string;
  /** The day the example is linted on (YYYY-MM-DD), for rules that compare dates with today. */
  today?: string;
}

export interface Report {
  line: number;
  column?: number;
  message: string;
  fix?: Fix;
  /** A finding milder than the rule's setting (a placeholder in a draft): the setting is the ceiling. */
  severity?: 'warning';
}

export interface RuleContext {
  brief: Brief;
  /** Problems the parser found (frontmatter rules report these). */
  problems: Problem[];
  /** The normalised source (LF, no BOM), split into lines; `lines[0]` is line 1. */
  lines: string[];
  options: Record<string, unknown>;
  /** The body's prose lines (outside code and comments, headings excluded), computed once per brief. */
  readonly prose: SourceLine[];
  /**
   * The writer's own prose: `prose` without blockquotes, text in double quotes blanked (columns
   * stay true), an empty line between paragraphs. The estimative rules read this: a quoted
   * minister's "may" or "probable" is not the writer's to change.
   */
  readonly ownProse: SourceLine[];
  /**
   * The brief's earlier version (`brief lint --since <rev>`), or null: without --since, or when
   * the brief is new since then. Rules that compare versions stay silent without it.
   */
  previous: Brief | null;
  /** Today, YYYY-MM-DD, on the writer's calendar (BRIEF_TODAY in the CLI): the same for every brief of a run. */
  readonly today: string;
  report(report: Report): void;
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity | 'off';
  /** Default options, documented in docs/lint-rules.md. */
  defaultOptions?: Record<string, unknown>;
  /** True when the rule can offer a safe, mechanical fix. */
  fixable?: boolean;
  /** Examples the tests run: `fail` must be flagged at `lines`, `pass` must stay silent. */
  examples: { fail: RuleExample[]; pass: RuleExample[] };
  /** Also run when the brief could not be parsed (the frontmatter and file rules). */
  runsOnUnreadable?: boolean;
  /**
   * The parser problems this rule reports: the engine reports them, at their own positions,
   * before `check` runs. Each code belongs to one rule.
   */
  codes?: readonly ProblemCode[];
  /** How one of those problems is reported, when the rule can add to it (a suggestion, a fix). */
  refine?(problem: Problem, context: RuleContext): Report;
  /** Further checks; a rule that only reports parser problems has none. */
  check?(context: RuleContext): void;
}

/** A finding of a project rule: which file, and where in it. */
export interface ProjectReport extends Report {
  file: string;
}

export interface ProjectContext {
  /** The briefs directory, as given. */
  dir: string;
  /** Its brief files. */
  files: string[];
  options: Record<string, unknown>;
  report(report: ProjectReport): void;
}

/** A rule over a whole briefs directory (as `duplicate-id`); the engine resolves its severity as a brief rule's. */
export interface ProjectRule {
  id: string;
  description: string;
  defaultSeverity: Severity | 'off';
  defaultOptions?: Record<string, unknown>;
  /** Sets of files the rule must flag (`flagged`, in order) or leave alone, with these options (the tests run them). */
  examples: {
    fail: Array<{ files: string[]; flagged: string[]; options?: Record<string, unknown> }>;
    pass: Array<{ files: string[]; options?: Record<string, unknown> }>;
  };
  check(context: ProjectContext): void;
}
