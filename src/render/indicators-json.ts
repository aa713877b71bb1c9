/**
 * `brief indicators --json`: one entry per brief, its scenarios and their indicators, and the
 * JSON Schema of that output (`brief schema indicators`). Values stay exact, as in json.ts.
 */
import { INDICATOR_STATUSES, STATUSES } from '../brief/model.js';
import type { BriefIndicators } from '../brief/indicator-report.js';

export function indicatorsJSON(b: BriefIndicators): Record<string, unknown> {
  return {
    id: b.brief.id, path: b.brief.path, title: b.brief.title, date: b.brief.date, status: b.brief.status,
    tags: b.brief.tags, region: b.brief.region,
    scenarios: b.scenarios.map((s) => ({
      label: s.label, title: s.title, likelihood: s.likelihood, observed: s.observed, total: s.total,
      indicators: s.indicators.map((i) => ({ text: i.text, status: i.status, asOf: i.asOf, note: i.note, line: i.line, ageDays: i.ageDays })),
    })),
  };
}

/** The fields of an entry, for `--json a,b`: indicatorsJSON lists its keys, so a brief with no scenarios gives them all. */
export const indicatorsFields = (): string[] => Object.keys(indicatorsJSON({ brief: {} as BriefIndicators['brief'], scenarios: [] }));

const nullableString = { type: ['string', 'null'] };
const stringList = { type: 'array', items: { type: 'string' } };

export const indicatorsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://brief.invalid/schemas/indicators.schema.json',
  title: 'brief indicators --json',
  description: 'Every brief with indicators the filters keep, newest first; in each, its scenarios and their indicators.',
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'path', 'title', 'date', 'status', 'tags', 'region', 'scenarios'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' }, path: { type: 'string' }, title: { type: 'string' },
      date: { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
      status: { enum: [...STATUSES] }, tags: stringList, region: stringList,
      scenarios: {
        type: 'array',
        items: {
          type: 'object',
          required: ['label', 'title', 'likelihood', 'observed', 'total', 'indicators'],
          additionalProperties: false,
          properties: {
            label: { type: 'string' }, title: { type: 'string' }, likelihood: nullableString,
            observed: { type: 'integer', minimum: 0, description: 'Indicators observed, of all the scenario\'s indicators (whatever the filters keep).' },
            total: { type: 'integer', minimum: 1, description: 'All the scenario\'s indicators.' },
            indicators: {
              type: 'array',
              minItems: 1,
              description: 'The indicators the filters keep, in the order written.',
              items: {
                type: 'object',
                required: ['text', 'status', 'asOf', 'note', 'line', 'ageDays'],
                additionalProperties: false,
                properties: {
                  text: { type: 'string' },
                  status: { enum: [...INDICATOR_STATUSES, null], description: 'null for an indicator written as text, or without a status (--state unknown).' },
                  asOf: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'as_of: the day it was last reviewed.' },
                  note: nullableString,
                  line: { type: 'integer', minimum: 1, description: 'The line of the indicator in the brief\'s file.' },
                  ageDays: { type: ['integer', 'null'], description: 'Days from as_of to today (negative when as_of is later); null without as_of.' },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
