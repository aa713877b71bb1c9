/** The JSON shape of a brief (contract §5). Values stay exact; JSON escaping makes them safe. */
import type { Brief, BriefMeta, IndicatorState, Recommendation, Scenario } from '../brief/model.js';

export const SCHEMA_VERSION = 1;

export interface ScenarioJSON {
  label: string;
  title: string;
  text: string;
  likelihood: string | null;
  /** The likelihood as probabilities [low, high], for sorting (added to schemaVersion 1). */
  likelihoodRange: [number, number] | null;
  indicators: string[];
  /** The indicators with their state, beside the texts of `indicators` (added to schemaVersion 1). */
  indicatorStates: IndicatorStateJSON[];
  impact: string | null;
  /** True when the author wrote no label and `label` is the scenario's position. */
  labelDerived: boolean;
}

export type IndicatorStateJSON = Omit<IndicatorState, 'line'>;

export function indicatorStateJSON(i: IndicatorState): IndicatorStateJSON {
  return { text: i.text, status: i.status, asOf: i.asOf, note: i.note };
}

export interface RecommendationJSON {
  text: string;
  done: boolean;
  group: string | null;
  /** The author's mark on an option, or null. */
  mark: 'recommended' | 'not-recommended' | null;
}

/** The JSON of one brief: the model's metadata as it is, the parts as plain JSON. */
export type BriefJSON = Pick<Brief, 'id' | 'path' | 'title' | 'date' | 'updated' | 'author' | 'source' | 'url' | 'region' | 'tags' | 'status' | 'keyQuestion' | 'summary' | 'conclusion'> & {
  schemaVersion: number;
  sections: Array<{ heading: string; kind: string; text: string }>;
  scenarios: ScenarioJSON[];
  recommendations: RecommendationJSON[];
  /** Added to the contract: text before the first section, which would otherwise be lost. */
  intro: string | null;
};

export function scenarioJSON(s: Scenario): ScenarioJSON {
  return { label: s.label, title: s.title, text: s.text, likelihood: s.likelihood, likelihoodRange: s.likelihoodRange, indicators: s.indicators,
    indicatorStates: s.indicatorStates.map(indicatorStateJSON), impact: s.impact, labelDerived: s.labelDerived };
}

export function recommendationJSON(r: Recommendation): RecommendationJSON {
  return { text: r.text, done: r.done, group: r.group, mark: r.mark };
}

export function briefJSON(brief: Brief): BriefJSON {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: brief.id,
    path: brief.path,
    title: brief.title,
    date: brief.date,
    author: brief.author,
    source: brief.source,
    region: brief.region,
    tags: brief.tags,
    status: brief.status,
    keyQuestion: brief.keyQuestion,
    summary: brief.summary,
    sections: brief.sections.map((s) => ({ heading: s.heading, kind: s.kind, text: s.text })),
    scenarios: brief.scenarios.map(scenarioJSON),
    recommendations: brief.recommendations.map(recommendationJSON),
    conclusion: brief.conclusion,
    intro: brief.intro,
    url: brief.url,
    updated: brief.updated,
  };
}

/**
 * One entry of `brief list --json`. `ref` is what names the brief on the command line: its id,
 * or its path in the briefs directory when other briefs share the id (`ambiguous`).
 */
export function listEntryJSON(meta: BriefMeta, ref: string = meta.id): Record<string, unknown> {
  return {
    id: meta.id, path: meta.path, title: meta.title, date: meta.date, author: meta.author, source: meta.source,
    region: meta.region, tags: meta.tags, status: meta.status, keyQuestion: meta.keyQuestion,
    url: meta.url, updated: meta.updated, ref, ambiguous: ref !== meta.id,
  };
}

/*
 * The fields of each kind of entry, for `--json a,b`: the keys its function writes. Each function
 * lists its keys, whatever the values, so an empty model gives them all, and the fields offered
 * cannot drift from the JSON printed.
 */

/** The fields of `briefJSON`: show, summary and export. */
export const briefFields = (): string[] => Object.keys(briefJSON({ sections: [], scenarios: [], recommendations: [] } as unknown as Brief));
/** The fields of `scenarioJSON`: scenario. */
export const scenarioFields = (): string[] => Object.keys(scenarioJSON({ indicatorStates: [] } as unknown as Scenario));
/** The fields of `recommendationJSON`: recommendations. */
export const recommendationFields = (): string[] => Object.keys(recommendationJSON({} as Recommendation));
/** The fields of `listEntryJSON`: list. */
export const listEntryFields = (): string[] => Object.keys(listEntryJSON({} as BriefMeta));

/**
 * Characters JSON.stringify leaves raw that a terminal may still act on: DEL, C1 controls
 * (U+009B is an 8-bit CSI), bidi overrides, and the JavaScript line separators.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Two-space JSON with a final newline: stable for diffs, readable, and what jq expects.
 * Values stay exact; the characters above are written as \uXXXX escapes.
 */
export function formatJSON(value: unknown): string {
  return `${escapeUnsafeInJSON(JSON.stringify(value, null, 2))}\n`;
}

/** JSON text with the characters above written as \uXXXX escapes (JSON.stringify leaves them raw). */
function escapeUnsafeInJSON(json: string): string {
  // All of them but DEL are outside ASCII, and most JSON is ASCII: a UTF-8 length scans it faster than the search.
  if (Buffer.byteLength(json) === json.length && !json.includes('\u007f')) return json;
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One item of a JSON array as formatJSON indents it inside the array, without its comma. */
export function formatJSONArrayItem(value: unknown): string {
  return formatJSONArrayItems([value]);
}

/**
 * Several items of a JSON array as formatJSON indents them inside the array, with the commas
 * between them and none after: `values.map(formatJSONArrayItem).join(',\n')`, in one stringify.
 */
export function formatJSONArrayItems(values: readonly unknown[]): string {
  // Stringified inside an array, the items come indented as elements, with no pass to indent them.
  return escapeUnsafeInJSON(JSON.stringify(values, null, 2).slice(2, -2));
}

/**
 * `formatJSON(items.map(toValue))` in pieces of `batch` items: the same bytes, without one string
 * (and its escaped copy) for a 100,000-item array. Each item is formatted on its own and indented
 * as an array element.
 */
export function* formatJSONArrayChunks<T>(items: readonly T[], toValue: (item: T) => unknown, batch = 500): Generator<string> {
  if (items.length === 0) {
    yield formatJSON([]);
    return;
  }
  for (let start = 0; start < items.length; start += batch) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(start + batch, items.length); i += 1) parts.push(formatJSONArrayItem(toValue(items[i]!)));
    yield `${start === 0 ? '[\n' : ',\n'}${parts.join(',\n')}${start + batch >= items.length ? '\n]\n' : ''}`;
  }
}
