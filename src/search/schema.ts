/** The JSON of `brief search --json`: the matching briefs, best first, each with its hits; and its JSON Schema. */
import type { Brief } from '../brief/model.js';
import { FIELDS, type Clause, type Field } from './query.js';
import type { Match } from './rank.js';
import { snippetOf } from './snippet.js';

export interface SearchHitJSON {
  field: Field;
  section: string | null;
  scenario: string | null;
  line: number;
  snippet: string;
  matches: Array<[number, number]>;
}

export interface SearchResultJSON {
  id: string;
  path: string;
  title: string;
  date: string | null;
  score: number;
  hits: SearchHitJSON[];
}

export type Found = Pick<Brief, 'id' | 'path' | 'title' | 'date'>;

/**
 * Offsets counted in code points, as jq, Python and most languages index a string: JavaScript
 * counts UTF-16 units, which differ after a character beyond the BMP (an emoji, 𝔘).
 */
function inCodePoints(text: string, matches: ReadonlyArray<[number, number]>): Array<[number, number]> {
  if (!/[\uD800-\uDBFF]/.test(text)) return matches.map(([a, b]) => [a, b]);
  const at = (i: number): number => Array.from(text.slice(0, i)).length;
  return matches.map(([a, b]) => [at(a), at(b)]);
}

export function searchResultJSON(match: Match<Found>, clauses: readonly Clause[]): SearchResultJSON {
  const { id, path, title, date } = match.brief;
  return {
    id, path, title, date, score: match.score,
    hits: match.hits.map((h) => {
      const snippet = snippetOf(h.text, clauses, h.field);
      return { field: h.field, section: h.section, scenario: h.scenario, line: h.line, snippet: snippet.text, matches: inCodePoints(snippet.text, snippet.matches) };
    }),
  };
}

/** The fields of a result, for `--json a,b`: searchResultJSON lists its keys, so a result with no hits gives them all. */
export const searchResultFields = (): string[] => Object.keys(searchResultJSON({ brief: {} as Found, score: 0, hits: [] }, []));

const hit = {
  type: 'object',
  required: ['field', 'section', 'scenario', 'line', 'snippet', 'matches'],
  additionalProperties: false,
  properties: {
    field: { enum: [...FIELDS], description: 'The part of the brief: title, tag, question (key_question), summary, scenario, recommendation or section.' },
    section: { type: ['string', 'null'], description: 'The heading of the section the line is in; null in the frontmatter and before the first section.' },
    scenario: { type: ['string', 'null'], description: 'The scenario label, for a hit in a scenario.' },
    line: { type: 'integer', minimum: 1, description: 'File line, frontmatter included.' },
    snippet: { type: 'string', description: 'The line without Markdown marks, cut around the match.' },
    matches: { type: 'array', items: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2 }, description: '[start, end) offsets in snippet of each matched word, in code points (as jq and Python index strings; in JavaScript, index Array.from(snippet)).' },
  },
} as const;

const result = {
  type: 'object',
  required: ['id', 'path', 'title', 'date', 'score', 'hits'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' }, path: { type: 'string' }, title: { type: 'string' }, date: { type: ['string', 'null'] },
    score: { type: 'number', minimum: 0, description: 'BM25F score: comparable within one search only.' },
    hits: { type: 'array', minItems: 1, items: { $ref: '#/definitions/hit' } },
  },
} as const;

export const searchSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://brief.invalid/schemas/search.schema.json',
  title: 'brief search --json',
  description: 'The briefs that match a query, best first, each with the lines that match.',
  type: 'array',
  items: { $ref: '#/definitions/result' },
  definitions: { result, hit },
} as const;
