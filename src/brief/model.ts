/**
 * The brief model: plain data, no behaviour. Lines are 1-based file lines (frontmatter included).
 * Plain-text fields (`text`, `summary`, `intro`, `conclusion`) are computed on first read
 * (lazy.ts), because plain text needs marked's inline lexer and `brief lint` rarely reads it; to
 * readers they are ordinary enumerable properties.
 */

export const STATUSES = ['draft', 'review', 'published'] as const;
export type Status = (typeof STATUSES)[number];

/** `changes`: a "What changed" section, where a revision says why its judgements moved. */
export type SectionKind = 'summary' | 'scenarios' | 'recommendations' | 'conclusion' | 'changes' | 'section';

/**
 * What a parser problem is about, neutral of lint: `brief lint` maps each code to one of its
 * rules (src/lint/rules), which set the rule id and severity.
 *
 * The file (fatal): `unreadable` (missing, no permission, not a regular file, an I/O error),
 * `too-large` (over MAX_BRIEF_BYTES), `not-utf8` (binary, UTF-16, invalid UTF-8), `empty`,
 * `too-complex` (a body line beyond the limits of limits.ts, or a body the lexer could not read).
 * The frontmatter fence and YAML (fatal unless said): `not-yaml` (`---js` and other
 * languages), `fence-not-first` (blank lines before the fence; not fatal), `unclosed`,
 * `frontmatter-too-large`, `yaml-syntax`, `too-many-values` (aliases expanding beyond reason).
 * The values (not fatal): `not-mapping`, `required-missing`, `wrong-type` (a list for text, a
 * mapping for a list), `invalid-value` (an impossible date, an unknown status), `unknown-key`.
 */
export const PROBLEM_CODES = [
  'unreadable', 'too-large', 'not-utf8', 'empty', 'too-complex',
  'not-yaml', 'fence-not-first', 'unclosed', 'frontmatter-too-large', 'yaml-syntax', 'too-many-values',
  'not-mapping', 'required-missing', 'wrong-type', 'invalid-value', 'unknown-key',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A fault found while reading or parsing; `brief lint` reports each under the rule of its code. */
export interface Problem {
  code: ProblemCode;
  line: number;
  column: number;
  message: string;
  /** True when the brief cannot be read at all (reading commands refuse it; lint never fixes it). */
  fatal?: boolean;
}

export interface Section {
  heading: string;
  /** The contract's kind: the first row of §3 that the heading matches. */
  kind: SectionKind;
  /**
   * Every kind the heading names: `[kind]`, or more for a heading that joins kinds
   * (`Summary and Recommendations` is `['summary', 'recommendations']`).
   */
  kinds: SectionKind[];
  /** Plain text of the section's body (markup removed). */
  text: string;
  /** The section's Markdown source, heading excluded. */
  markdown: string;
  line: number;
  /** Line of the section's last content line. */
  endLine: number;
}

export interface Scenario {
  label: string;
  title: string;
  text: string;
  markdown: string;
  /** As written in the frontmatter (`"likely"`, `"15%"`, `"0.35"`), or null. */
  likelihood: string | null;
  /** The likelihood as probabilities [low, high] (a term's ICD 203 range, a number as [p, p]), or null. */
  likelihoodRange: [number, number] | null;
  impact: string | null;
  /** The indicators' texts, whether written as text or as `{ text, status, ... }`. */
  indicators: string[];
  /** The same indicators with their state (docs/brief-format.md, "Indicators with a state"). */
  indicatorStates: IndicatorState[];
  line: number;
  /** True when the author wrote no label and `label` is the scenario's position (1, 2, ...). */
  labelDerived: boolean;
  /** Where it is written (see ScenarioHeading). */
  form: ScenarioHeading['form'];
}

/** The keys of a `scenarios.<label>` entry that parse.ts reads; `brief lint` reports any other (scenario-unknown-key). */
export const SCENARIO_KEYS = ['likelihood', 'impact', 'indicators'] as const;

export const INDICATOR_STATUSES = ['observed', 'not-observed', 'unclear'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/** One indicator of a scenario: `text`, or `{ text, status, as_of, note }` in the frontmatter. */
export interface IndicatorState {
  text: string;
  /** Null for an indicator written as text, or without a status. */
  status: IndicatorStatus | null;
  /** `as_of`: the calendar day it was last reviewed, as written (YYYY-MM-DD), or null. */
  asOf: string | null;
  note: string | null;
  /** The file line of the indicator's item. */
  line: number;
}

/**
 * Every scenario the reader found, in order, a label used twice included; lint reads these.
 * Parts of a scenario or of the section (`### Drivers` among labelled scenarios) are not here.
 */
export interface ScenarioHeading {
  /** The scenario's head as written, plain text: a heading without its `#`, a bold run, an item's lead. */
  heading: string;
  /** Normalised (docs/brief-format.md): `A`, `2` (for `#2` or `Two`), `II`. */
  label: string;
  /** True when the author wrote no label and `label` is the position (1, 2, ...). */
  labelDerived: boolean;
  title: string;
  line: number;
  /**
   * Where it is written: a heading in a scenarios section, a `## Scenario 1:` section of its own,
   * a list item, or a bold lead-in paragraph.
   */
  form: 'heading' | 'section' | 'list' | 'lead-in';
  /** Plain text of the scenario, without its head. */
  text: string;
  /** Markdown source of the same. */
  markdown: string;
  /** True when nothing but blank lines or comments follows the head (cheaper than `text`). */
  empty: boolean;
}

export interface Recommendation {
  /** Plain text, without the author's mark. */
  text: string;
  done: boolean;
  /** The author's mark on an option: `(Recommended)`, `(Not recommended)`, `Recommended:`. */
  mark: 'recommended' | 'not-recommended' | null;
  group: string | null;
  line: number;
}

/**
 * One entry of the `changes:` frontmatter: why a judgement moved in this revision. Written as
 * text, or as `{ date, scenario, note }`; `brief diff --check` and lint's
 * judgment-change-unexplained read the scenario it names.
 */
export interface ChangeNote {
  /** As written (`2026-01-10`), or null. */
  date: string | null;
  /** The scenario's label, normalised as labels are (`c` and `Scenario C` are `C`), or null. */
  scenario: string | null;
  note: string;
  line: number;
}

export interface FrontmatterInfo {
  /** Line of the opening fence, or null when the brief has no frontmatter. */
  startLine: number | null;
  /** First line of the body. */
  bodyLine: number;
  /** Line of each top-level key, in file order. */
  keyLines: Record<string, number>;
  /** Top-level keys in file order. */
  keys: string[];
  /** Raw parsed YAML (a plain object with own properties only), for lint. */
  data: Record<string, unknown>;
  /** Each `scenarios.<key>` entry as written, with its lines (lint reads these). */
  scenarioEntries: Array<{ key: string; line: number; likelihood: string | null; likelihoodLine: number | null }>;
}

export interface Brief {
  id: string;
  path: string;
  title: string;
  /** As written: a day (`2025-11-08`), or a month (`2013-06`) or year (`2013`) for a brief dated so. */
  date: string | null;
  /** The date of the last revision (a static site's `lastmod`), or null. */
  updated: string | null;
  author: string[];
  source: string | null;
  /** The `url` key: where the brief is published (any text; not checked to be a web address). */
  url: string | null;
  region: string[];
  tags: string[];
  status: Status;
  keyQuestion: string | null;
  summary: string;
  /** Where the summary came from (contract §4). */
  summarySource: 'frontmatter' | 'section' | 'box' | 'paragraph' | 'none';
  /** Line where the summary is written (the key, the section heading or the paragraph). */
  summaryLine: number | null;
  /** Text before the first level-2 heading, without the level-1 title. */
  intro: string | null;
  /** The optional level-1 heading at the top. */
  displayTitle: { text: string; line: number } | null;
  sections: Section[];
  scenarios: Scenario[];
  scenarioHeadings: ScenarioHeading[];
  recommendations: Recommendation[];
  conclusion: string | null;
  /** The `changes:` frontmatter entries, in order; [] without them. */
  changes: ChangeNote[];
  /** The Markdown body (after the frontmatter), LF line endings. */
  body: string;
  frontmatter: FrontmatterInfo;
}

/** Only the frontmatter, for commands that never need the body (fast `list`). */
export type BriefMeta = Pick<
  Brief,
  'id' | 'path' | 'title' | 'date' | 'updated' | 'author' | 'source' | 'url' | 'region' | 'tags' | 'status' | 'keyQuestion'
>;
