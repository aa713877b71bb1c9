/** The JSON of `brief judgments --json`: one object per judgement, and its JSON Schema. */
import type { Brief } from '../brief/model.js';
import type { Judgment } from './find.js';

/** A judgement with the brief it is in. */
export interface JudgmentEntry extends Judgment {
  id: string;
  path: string;
  title: string;
  date: string | null;
}

export function judgmentEntry(brief: Pick<Brief, 'id' | 'path' | 'title' | 'date'>, j: Judgment): JudgmentEntry {
  // Listed, not spread (see find.ts): the same keys in the same order.
  return {
    id: brief.id, path: brief.path, title: brief.title, date: brief.date, kind: j.kind, term: j.term, row: j.row, band: j.band,
    range: j.range, text: j.text, negated: j.negated, section: j.section, key: j.key, scenario: j.scenario, line: j.line,
    column: j.column, sentence: j.sentence,
  };
}

/** The fields of an entry, for `--json a,b`: judgmentEntry lists its keys, so an empty judgement gives them all. */
export const judgmentFields = (): string[] => Object.keys(judgmentEntry({} as JudgmentEntry, {} as Judgment));

const judgment = {
  type: 'object',
  required: ['id', 'path', 'title', 'date', 'kind', 'term', 'text', 'row', 'band', 'range', 'negated', 'section', 'key', 'scenario', 'line', 'column', 'sentence'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    path: { type: 'string' },
    title: { type: 'string' },
    date: { type: ['string', 'null'] },
    kind: { enum: ['term', 'hedge'], description: 'term: an ICD 203 term; hedge: "may", "might", "perhaps", "possibly", "could possibly" (with --hedges), on no band.' },
    term: { type: 'string', description: 'The ICD 203 term, whatever form was written ("probably" is "probable"); a hedge in lower case.' },
    text: { type: 'string', description: 'The words as written.' },
    row: { enum: [1, 2, null], description: 'Row of the ICD 203 table: 1 (likely, unlikely, ...), 2 (probable, improbable, ...); null for a hedge.' },
    band: { type: ['integer', 'null'], minimum: 1, maximum: 7, description: '1 almost no chance / remote ... 7 almost certain / nearly certain; null for a hedge.' },
    range: { oneOf: [{ type: 'array', items: { type: 'number', minimum: 0, maximum: 100 }, minItems: 2, maxItems: 2 }, { type: 'null' }], description: 'The band in percent: [55, 80] for likely; null for a hedge.' },
    negated: { type: 'boolean', description: 'The term follows "not", "never", "no longer" or "hardly".' },
    section: { type: ['string', 'null'], description: 'The section heading; "frontmatter"; null before the first section.' },
    key: { type: ['string', 'null'], description: 'The frontmatter key (summary, key_question, scenarios.<label>.likelihood), or null.' },
    scenario: { type: ['string', 'null'], description: 'The scenario label the judgement is in or about.' },
    line: { type: 'integer', minimum: 1, description: 'File line of the term, frontmatter included.' },
    column: { type: 'integer', minimum: 1 },
    sentence: { type: 'string', description: 'The sentence holding the term, on one line; one over 400 characters is cut to the words around the term, marked with "…" where cut.' },
  },
} as const;

export const judgmentsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://brief.invalid/schemas/judgments.schema.json',
  title: 'brief judgments --json',
  description: 'Every estimative judgement (an ICD 203 term; with --hedges also each hedge) in the briefs, in file order or by band.',
  type: 'array',
  items: { $ref: '#/definitions/judgment' },
  definitions: { judgment },
} as const;
