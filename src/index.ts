/**
 * The library API: the same functions the CLI uses. See docs/api.md.
 *
 *   import { parseBrief, lintBrief, renderText } from 'brief';
 */
export { parseBrief, parseBriefMeta, normaliseText, idFromPath } from './brief/parse.js';
export type { ParseResult, MetaResult } from './brief/parse.js';
export { readBriefFile, decodeBrief, MAX_BRIEF_BYTES } from './brief/read.js';
export { discoverBriefs } from './brief/discover.js';
export { filterBriefs, sortBriefs } from './brief/query.js';
export type { BriefFilter } from './brief/query.js';
export { findTerm, parseProbability, ESTIMATIVE_TERMS } from './brief/estimative.js';
export type { EstimativeTerm } from './brief/estimative.js';
export { PROBLEM_CODES, INDICATOR_STATUSES } from './brief/model.js';
export type {
  Brief, BriefMeta, Section, SectionKind, Scenario, ScenarioHeading, Recommendation, Problem, ProblemCode, Status,
  IndicatorState, IndicatorStatus,
} from './brief/model.js';

export { lintBrief, lintBytes, lintProject } from './lint/engine.js';
export { applyFixes, fixDiff } from './lint/fix.js';
export { RULES, PROJECT_RULES } from './lint/rules/index.js';
export type { LintMessage, Rule, ProjectRule, Fix, Severity } from './lint/types.js';
export type { BriefConfig } from './lint/config.js';
export { formatStylish } from './lint/formatters/stylish.js';
export { formatJson } from './lint/formatters/json.js';
export { formatSarif } from './lint/formatters/sarif.js';
export { formatGithub } from './lint/formatters/github.js';

export { renderText } from './render/text.js';
export { briefJSON, formatJSON, SCHEMA_VERSION } from './render/json.js';
export type { BriefJSON, ScenarioJSON, RecommendationJSON } from './render/json.js';
export { renderSummary, renderChecklist, renderTaskList, renderScenario } from './render/views.js';
export { plainStyle } from './render/style.js';
export { createStyle } from './render/color-style.js';
export type { Style } from './render/style.js';
export { cleanText, cleanLine } from './text/sanitize.js';
export { frontmatterSchema, jsonSchema } from './schemas.js';
export { VERSION } from './version.js';
