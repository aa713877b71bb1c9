/** The JSON Schema of `brief diff --json` (`brief schema diff`); the tests validate every output against it. */
import { ESTIMATIVE_TERMS } from '../brief/estimative.js';
import { DIFF_SCHEMA_VERSION } from './json.js';

const nullableString = { type: ['string', 'null'] };
const stringList = { type: 'array', items: { type: 'string' } };
const band = { enum: [...ESTIMATIVE_TERMS.map((t) => t.term), null], description: 'The ICD 203 band of the likelihood, in the row it was written in (row 1 for a number); null when it is on neither.' };

const side = {
  type: 'object',
  additionalProperties: false,
  required: ['ref', 'id', 'path', 'rev', 'commit', 'title', 'date'],
  properties: {
    ref: { type: 'string', description: 'As given on the command line: a path, an id, or <id>@<rev>.' },
    id: { type: 'string' },
    path: { type: 'string', description: 'The file; for a revision, its path in the working tree.' },
    rev: { ...nullableString, description: 'The git revision as given, or null for a file on disk.' },
    commit: { type: ['string', 'null'], pattern: '^[0-9a-f]{40,64}$', description: 'The commit the revision names, or null.' },
    title: { type: 'string' },
    date: nullableString,
  },
};

const text = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['old', 'new', 'words'],
  description: 'A text judgement that changed, or null when its words are the same.',
  properties: {
    old: nullableString,
    new: nullableString,
    words: {
      type: 'array',
      description: 'Runs of words, in order: kept, removed (only in old) or added (only in new).',
      items: { type: 'object', additionalProperties: false, required: ['op', 'text'], properties: { op: { enum: ['same', 'removed', 'added'] }, text: { type: 'string' } } },
    },
  },
};

const likelihood = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['old', 'new', 'oldBand', 'newBand', 'steps', 'direction', 'description', 'explained'],
  description: 'How the likelihood moved (null when it did not); for an added or removed scenario, its likelihood on that side.',
  properties: {
    old: nullableString,
    new: nullableString,
    oldBand: band,
    newBand: band,
    steps: { type: ['integer', 'null'], minimum: -6, maximum: 6, description: 'Bands moved on the seven-band scale: positive up, negative down, 0 within a band; null when a value is off the scale.' },
    direction: { enum: ['up', 'down', 'same', null] },
    description: { type: ['string', 'null'], description: 'The move in words: "up two steps", "up within likely" (a number moved inside one band); null when there is no move (a scenario added or removed, a likelihood given or taken out).' },
    explained: { type: ['boolean', 'null'], description: 'Whether the new version explains the move (a new "changes:" entry or "What changed" line naming the scenario); null for an added or removed scenario.' },
  },
};

export const diffSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `https://brief.invalid/schemas/diff-v${DIFF_SCHEMA_VERSION}.schema.json`,
  title: `brief diff --json, schemaVersion ${DIFF_SCHEMA_VERSION}`,
  description: 'The changes of judgement between two versions of a brief (docs/brief-format.md, "Comparing versions").',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'old', 'new', 'same', 'title', 'keyQuestion', 'summary', 'scenarios', 'recommendations', 'conclusion', 'unexplained'],
  properties: {
    schemaVersion: { const: DIFF_SCHEMA_VERSION },
    old: side,
    new: side,
    same: { type: 'boolean', description: 'True when neither the title nor any judgement changed (exit 0).' },
    title: { ...text, description: 'The title the brief goes by (frontmatter `title`, else its level-1 heading), when its words changed, or null (also when neither side has a title written); old.title and new.title give both sides always.' },
    keyQuestion: text,
    summary: text,
    scenarios: {
      type: 'array',
      description: 'Scenarios added, removed, or changed (retitled, relabelled, likelihood moved, indicators added or removed); the new order, removed ones last.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['change', 'label', 'oldLabel', 'title', 'oldTitle', 'likelihood', 'indicators'],
        properties: {
          change: { enum: ['added', 'removed', 'changed'] },
          label: { type: 'string' },
          oldLabel: { ...nullableString, description: 'The old label, when the scenario was matched by its title under another label.' },
          title: { type: 'string' },
          oldTitle: { ...nullableString, description: 'The old title, when it changed.' },
          likelihood,
          indicators: {
            type: 'object', additionalProperties: false, required: ['added', 'removed'],
            properties: { added: stringList, removed: stringList },
          },
        },
      },
    },
    recommendations: {
      type: 'array',
      description: 'Recommendations added, removed, reworded, checked off or reopened; the new order, removed ones last.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['change', 'text', 'oldText', 'done', 'wasDone', 'group', 'reworded', 'checkedOff', 'reopened'],
        properties: {
          change: { enum: ['added', 'removed', 'changed'] },
          text: { type: 'string', description: 'The new text (the old one for a removed recommendation).' },
          oldText: { ...nullableString, description: 'The old text, when it was reworded.' },
          done: { type: 'boolean' },
          wasDone: { type: ['boolean', 'null'], description: 'Done in the old version; null for an added one.' },
          group: nullableString,
          reworded: { type: 'boolean' },
          checkedOff: { type: 'boolean', description: 'Open in the old version, done in the new.' },
          reopened: { type: 'boolean', description: 'Done in the old version, open in the new.' },
        },
      },
    },
    conclusion: text,
    unexplained: { ...stringList, description: 'Labels of the scenarios whose likelihood moved without an explanation in the new version (what --check fails on).' },
  },
} as const;
