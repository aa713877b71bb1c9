/**
 * JSON Schemas: of the frontmatter (for the YAML language server in editors) and of the JSON
 * that `--json` and `export` print (versioned by schemaVersion). `brief schema` prints them;
 * the tests validate the shipped briefs and every JSON output against them.
 */
import { SCHEMA_VERSION } from './render/json.js';
import { ESTIMATIVE_TERMS } from './brief/estimative.js';
import { INDICATOR_STATUSES, STATUSES } from './brief/model.js';
import { SITE_KEYS_IGNORED } from './brief/site-keys.js';

const stringOrList = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const terms = [...new Set(ESTIMATIVE_TERMS.flatMap((t) => t.forms))];
/** JSON Schema patterns have no case-insensitive flag: "likely" becomes [lL][iI]... */
const caseless = (term: string): string => term.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '\\s+');
const lastRevised = { anyOf: [{ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2}([Tt ].*)?)?)?$' }, { type: 'integer' }] };

/** Static site keys (src/brief/site-keys.ts): the ones brief reads, typed; the others accepted as anything. */
const siteKeys = {
  description: { type: 'string', description: 'A static site\'s summary; the brief\'s summary when there is no "summary".' },
  categories: { ...stringOrList, description: 'A static site\'s categories; read as tags.' },
  category: { ...stringOrList, description: 'A static site\'s category; read as a tag.' },
  draft: { type: 'boolean', description: 'Hugo: true reads as status draft, false as published, when there is no "status".' },
  published: { description: 'Jekyll: false reads as status draft, true as published, when there is no "status" (Hugo: a date, ignored).' },
  lastmod: { ...lastRevised, description: 'The date of the last revision (Hugo); exported as "updated".' },
  last_modified_at: { ...lastRevised, description: 'The date of the last revision (Jekyll); exported as "updated".' },
  modified: { ...lastRevised, description: 'The date of the last revision; exported as "updated".' },
  ...Object.fromEntries([...SITE_KEYS_IGNORED].map((key) => [key, { description: 'Used by a static site; not read by brief.' }])),
};

/** `{ text, status, as_of, note }`: an indicator with its state (src/brief/indicators.ts). */
const indicatorObject = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1 },
    status: {
      description: 'Whether the sign has been seen: observed, not-observed or unclear (any case; "not observed" also reads).',
      type: 'string', pattern: `^\\s*(${INDICATOR_STATUSES.map((s) => caseless(s).replace('-', '[-_\\s]')).join('|')})\\s*$`,
    },
    as_of: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])([Tt ].*)?$', description: 'The day it was last reviewed: YYYY-MM-DD.' },
    note: { type: 'string' },
  },
};

export const frontmatterSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://brief.invalid/schemas/frontmatter.schema.json',
  title: 'brief frontmatter',
  description: 'The YAML frontmatter of a brief (docs/brief-format.md §2).',
  type: 'object',
  required: ['title', 'date', 'author'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1 },
    date: {
      description: 'The date written: YYYY-MM-DD, optionally followed by a time; or a month (YYYY-MM) or year (YYYY).',
      anyOf: [
        { type: 'string', pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-\\d{2}([Tt ].*)?)?)?$' },
        { type: 'integer', minimum: 1000, maximum: 9999 },
      ],
    },
    author: { ...stringOrList, description: 'One author or a list.' },
    source: { type: 'string', description: 'The publisher or originating desk.' },
    url: { type: 'string', description: 'Where the brief or its source is published (a web address).' },
    region: stringOrList,
    tags: stringOrList,
    status: { enum: [...STATUSES], default: 'draft' },
    key_question: { type: 'string', description: 'The question the brief answers.' },
    summary: { type: 'string', description: 'The bottom line.' },
    changes: {
      description: 'Why judgements changed in this revision, one entry per change: text, or { date, scenario, note } (brief diff --check reads it); one text is a list of one.',
      anyOf: [
        { type: 'string' },
        {
          type: 'array',
          items: {
            anyOf: [
              { type: 'string' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['note'],
                properties: {
                  date: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'When the judgement changed (YYYY-MM-DD).' },
                  scenario: { type: ['string', 'integer'], description: 'The label of the scenario whose likelihood moved (A, B, 1).' },
                  note: { type: 'string', minLength: 1, description: 'What changed, and why.' },
                },
              },
            ],
          },
        },
      ],
    },
    ...siteKeys,
    scenarios: {
      type: 'object',
      description: 'Scenario label (A, B, 1, ...) to its attributes.',
      additionalProperties: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          likelihood: {
            description: 'An ICD 203 estimative term, or a probability (0.35 or "35%").',
            anyOf: [
              { type: 'number', minimum: 0, maximum: 1 },
              { type: 'string', pattern: '^\\s*\\d{1,3}(\\.\\d+)?\\s*%\\s*$' },
              { type: 'string', pattern: `^\\s*(${terms.map(caseless).join('|')})(\\s*[([].*[)\\]])?\\s*$` },
            ],
          },
          impact: { type: 'string' },
          indicators: {
            description: 'Signposts that the scenario is unfolding: text, or a list of text and { text, status, as_of, note }.',
            oneOf: [{ type: 'string' }, { type: 'array', items: { anyOf: [{ type: 'string' }, indicatorObject] } }],
          },
        },
      },
    },
  },
} as const;

const nullableString = { type: ['string', 'null'] };
const KINDS = ['summary', 'scenarios', 'recommendations', 'conclusion', 'changes', 'section'];
/** A day, or a month or year for a brief dated so, as written; null when missing or impossible. */
const date = { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
const stringList = { type: 'array', items: { type: 'string' } };

const scenario = {
  type: 'object',
  required: ['label', 'title', 'text', 'likelihood', 'indicators'],
  properties: {
    label: { type: 'string', pattern: '^(?:[A-Z]|\\d+|[IVX]+)$', description: 'Normalised: letters and Roman numerals upper-case; "#2" and "Two" are "2".' },
    title: { type: 'string' },
    text: { type: 'string' },
    likelihood: nullableString,
    likelihoodRange: {
      type: ['array', 'null'], items: { type: 'number', minimum: 0, maximum: 1 }, minItems: 2, maxItems: 2,
      description: 'The likelihood as probabilities [low, high]: an ICD 203 term\'s range (likely: [0.55, 0.8]), a number as [p, p]; null without a likelihood.',
    },
    indicators: stringList,
    indicatorStates: { type: 'array', items: { $ref: '#/definitions/indicatorState' } },
    impact: nullableString,
    labelDerived: { type: 'boolean', description: 'True when the author wrote no label and the label is the position (1, 2, ...).' },
  },
};

const indicatorState = {
  type: 'object',
  required: ['text', 'status', 'asOf', 'note'],
  properties: {
    text: { type: 'string' },
    status: { enum: [...INDICATOR_STATUSES, null], description: 'null for an indicator written as text, or without a status.' },
    asOf: { ...date, description: 'as_of: the day it was last reviewed (YYYY-MM-DD), or null.' },
    note: nullableString,
  },
};

const recommendation = {
  type: 'object',
  required: ['text', 'done', 'group'],
  properties: {
    text: { type: 'string' }, done: { type: 'boolean' }, group: nullableString,
    mark: { enum: ['recommended', 'not-recommended', null], description: "The author's mark on an option: (Recommended), (Not recommended), Recommended:." },
  },
};

const listEntry = {
  type: 'object',
  required: ['id', 'path', 'title', 'date', 'author', 'tags', 'status'],
  properties: {
    id: { type: 'string' }, path: { type: 'string' }, title: { type: 'string' },
    date, author: stringList, source: nullableString,
    region: stringList, tags: stringList, status: { enum: [...STATUSES] }, keyQuestion: nullableString,
    url: nullableString, updated: date,
    ref: { type: 'string', description: 'What names the brief on the command line: its id, or its path in the briefs directory when the id is shared.' },
    ambiguous: { type: 'boolean', description: 'True when other briefs share the id, so the brief is named by its path (ref).' },
  },
};

const lintMessage = {
  type: 'object',
  required: ['file', 'line', 'column', 'severity', 'rule', 'message'],
  additionalProperties: false,
  properties: {
    file: { type: 'string' }, line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 },
    severity: { enum: ['error', 'warning'] }, rule: { type: 'string' }, message: { type: 'string' },
  },
};

export const jsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `https://brief.invalid/schemas/brief-v${SCHEMA_VERSION}.schema.json`,
  title: `brief JSON output, schemaVersion ${SCHEMA_VERSION}`,
  description: 'One brief, as printed by show/summary --json and export --format json. $defs (definitions) hold the other outputs.',
  type: 'object',
  required: ['schemaVersion', 'id', 'path', 'title', 'date', 'author', 'source', 'region', 'tags', 'status', 'keyQuestion',
    'summary', 'sections', 'scenarios', 'recommendations', 'conclusion'],
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    id: { type: 'string', pattern: '^.+$' },
    path: { type: 'string' },
    title: { type: 'string' },
    date,
    author: stringList,
    source: nullableString,
    region: stringList,
    tags: stringList,
    status: { enum: [...STATUSES] },
    keyQuestion: nullableString,
    summary: { type: 'string' },
    sections: {
      type: 'array',
      items: {
        type: 'object', required: ['heading', 'kind', 'text'],
        properties: {
          heading: { type: 'string' }, kind: { enum: KINDS }, text: { type: 'string' },
        },
      },
    },
    scenarios: { type: 'array', items: { $ref: '#/definitions/scenario' } },
    recommendations: { type: 'array', items: { $ref: '#/definitions/recommendation' } },
    conclusion: nullableString,
    intro: nullableString,
    url: { ...nullableString, description: 'The frontmatter url, as written.' },
    updated: { ...date, description: 'The date of the last revision (a static site\'s lastmod), or null.' },
  },
  definitions: {
    scenario,
    indicatorState,
    recommendation,
    listEntry,
    list: { type: 'array', items: { $ref: '#/definitions/listEntry' } },
    lintMessage,
    lint: { type: 'array', items: { $ref: '#/definitions/lintMessage' } },
  },
} as const;
