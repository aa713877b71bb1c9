/**
 * The work done on each brief by the commands that read every brief, named so that a worker
 * thread can be sent it (brief-workers.ts): the same function runs on the main thread and on
 * the workers, so both give the same output.
 */
import { briefIndicators, reportMeta, type IndicatorQuery, type ScenarioIndicators } from '../brief/indicator-report.js';
import { compactMeta } from '../brief/meta.js';
import type { BriefMeta } from '../brief/model.js';
import { normaliseText, parseBrief } from '../brief/parse.js';
import { filterBriefs, type BriefFilter } from '../brief/query.js';
import { findJudgments } from '../judgments/find.js';
import { judgmentEntry, type JudgmentEntry } from '../judgments/schema.js';
import { filterJudgments } from '../judgments/select.js';
import type { Clause } from '../search/query.js';
import { SearchScan, type BriefReading } from '../search/rank.js';
import type { Found } from '../search/schema.js';
import { briefUnits } from '../search/units.js';
import { indicatorsJSON } from '../render/indicators-json.js';
import { formatJSONArrayItem } from '../render/json.js';
import { selectFields } from '../render/select.js';
import { detach } from '../text/detach.js';
import type { Outcome } from './briefs.js';
import { exportEntry, type ExportFormat } from './export-entry.js';

/** What `judgments` keeps of each brief: its filters, already checked. */
export interface JudgmentsQuery {
  filter: BriefFilter;
  terms: string[] | undefined;
  bands: number[] | undefined;
  hedges: boolean;
}

export type WorkerTask = { kind: 'export'; format: ExportFormat } | { kind: 'judgments'; query: JudgmentsQuery }
  | { kind: 'indicators'; query: IndicatorQuery; fields?: string[] | null } | { kind: 'search'; query: SearchQuery };

/**
 * What `search` keeps of each brief: the query's clauses and the brief filters, already checked;
 * `withHits` false for the counts only (SearchScan.read).
 */
export interface SearchQuery { clauses: Clause[]; filter: BriefFilter; withHits: boolean }

/** One brief as a search reads it: what it names, and what it gives the scan; null when the filters leave it out. */
export type SearchRead = { found: Found; reading: BriefReading } | null;

/** One brief read for a search (`scan` gives the clauses' patterns; it is not changed). */
export function searchOf(text: string, path: string, query: SearchQuery, scan: SearchScan<Found>): Outcome<SearchRead> {
  const { brief, problems } = parseBrief(text, path);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) return { problem: fatal };
  if (filterBriefs([brief], query.filter).length === 0) return { value: null };
  const found: Found = { id: detach(brief.id), path: brief.path, title: detach(brief.title), date: brief.date };
  return { value: { found, reading: scan.read(briefUnits(brief, normaliseText(text).split('\n')), query.withHits) } };
}

/**
 * What `indicators` keeps of each brief: its metadata (to filter and sort by), and its report,
 * as objects or, for `--json`, as its JSON entry; both null when no indicator is kept.
 */
export interface IndicatorsRead { meta: BriefMeta; scenarios: ScenarioIndicators[] | null; json: string | null }

/**
 * One brief's indicator report, with the metadata `indicators` filters and sorts by. Given the
 * JSON fields (null: all), the report is its JSON entry, made here as export's entries are:
 * on the worker that read the brief, and one string to keep instead of many objects.
 */
export function indicatorsOf(text: string, path: string, query: IndicatorQuery, fields?: string[] | null): Outcome<IndicatorsRead> {
  const { brief, problems } = parseBrief(text, path);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) return { problem: fatal };
  const meta = compactMeta(brief);
  const scenarios = briefIndicators(brief, query);
  if (scenarios === null || fields === undefined) return { value: { meta, scenarios, json: null } };
  return { value: { meta, scenarios: null, json: formatJSONArrayItem(selectFields(indicatorsJSON({ brief: reportMeta(meta), scenarios }), fields)) } };
}

/** Every judgement of one brief that the query keeps (none when the brief filters leave it out). */
export function judgmentsOf(text: string, path: string, query: JudgmentsQuery): Outcome<JudgmentEntry[]> {
  const { brief, problems } = parseBrief(text, path);
  const fatal = problems.find((p) => p.fatal);
  if (fatal) return { problem: fatal };
  if (filterBriefs([brief], query.filter).length === 0) return { value: [] };
  const found = findJudgments(brief, normaliseText(text).split('\n'), { hedges: query.hedges });
  return { value: filterJudgments(found, { terms: query.terms, bands: query.bands }).map((j) => judgmentEntry(brief, j)) };
}

/** The function that reads one brief for `task`. */
export function readerFor(task: WorkerTask): (text: string, path: string) => Outcome<unknown> {
  switch (task.kind) {
    case 'export': return (text, path) => exportEntry(text, path, task.format);
    case 'judgments': return (text, path) => judgmentsOf(text, path, task.query);
    case 'indicators': return (text, path) => indicatorsOf(text, path, task.query, task.fields);
    case 'search': {
      const scan = new SearchScan<Found>(task.query.clauses);
      return (text, path) => searchOf(text, path, task.query, scan);
    }
  }
}
