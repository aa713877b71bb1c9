/**
 * One brief as an element of `export --all --json`'s array: the bytes of
 * `formatJSONArrayItem(briefJSON(brief))`, written in one pass from the brief's fields. JSON.stringify
 * with indentation, then a pass for unsafe characters and one to indent the whole as an element,
 * cost more than the rest of the export's writing; here the indentation is written as it goes, and
 * only a string that needs an escape goes through JSON.stringify.
 */
import { escapeUnsafeInJSON, SCHEMA_VERSION, type BriefJSON } from './json.js';

/** What the entry is made of: a Brief has these fields, and so has a BriefJSON. */
export type BriefJSONFields = Omit<BriefJSON, 'schemaVersion'>;

/** A value outside the JSON shape's types (undefined, a number for text): the caller formats it the general way. */
const DECLINE = Symbol('decline');

/**
 * What JSON.stringify escapes (quotes, backslashes, controls, lone surrogates) or formatJSON does
 * (json.ts): a string with none of them is written as it is, between quotes.
 */
const ESCAPED = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** A string or null as formatJSON writes it. */
function text(value: string | null): string {
  if (typeof value === 'string') return ESCAPED.test(value) ? escapeUnsafeInJSON(JSON.stringify(value)) : `"${value}"`;
  if (value === null) return 'null';
  throw DECLINE;
}

function flag(value: boolean): string {
  if (value === true) return 'true';
  if (value === false) return 'false';
  throw DECLINE;
}

/** `[]`, or the items one a line at `indent` + 2 spaces, as JSON.stringify indents them. */
function list<T>(items: readonly T[], indent: string, item: (value: T, indent: string) => string): string {
  if (!Array.isArray(items)) throw DECLINE;
  if (items.length === 0) return '[]';
  const inner = `${indent}  `;
  let out = `[\n${inner}${item(items[0]!, inner)}`;
  for (let i = 1; i < items.length; i += 1) out += `,\n${inner}${item(items[i]!, inner)}`;
  return `${out}\n${indent}]`;
}

const textItem = (value: string): string => text(value);

function range(value: [number, number] | null, indent: string): string {
  if (value === null) return 'null';
  return list(value, indent, (n) => {
    if (typeof n !== 'number') throw DECLINE;
    return JSON.stringify(n);
  });
}

function section(s: BriefJSONFields['sections'][number], i: string): string {
  return `{\n${i}  "heading": ${text(s.heading)},\n${i}  "kind": ${text(s.kind)},\n${i}  "text": ${text(s.text)}\n${i}}`;
}

function indicatorState(s: BriefJSONFields['scenarios'][number]['indicatorStates'][number], i: string): string {
  return `{\n${i}  "text": ${text(s.text)},\n${i}  "status": ${text(s.status)},\n${i}  "asOf": ${text(s.asOf)},\n${i}  "note": ${text(s.note)}\n${i}}`;
}

function scenario(s: BriefJSONFields['scenarios'][number], i: string): string {
  const j = `${i}  `;
  return `{\n${j}"label": ${text(s.label)},\n${j}"title": ${text(s.title)},\n${j}"text": ${text(s.text)},\n${j}"likelihood": ${text(s.likelihood)},\n`
    + `${j}"likelihoodRange": ${range(s.likelihoodRange, j)},\n${j}"indicators": ${list(s.indicators, j, textItem)},\n`
    + `${j}"indicatorStates": ${list(s.indicatorStates, j, indicatorState)},\n${j}"impact": ${text(s.impact)},\n`
    + `${j}"labelDerived": ${flag(s.labelDerived)}\n${i}}`;
}

function recommendation(r: BriefJSONFields['recommendations'][number], i: string): string {
  return `{\n${i}  "text": ${text(r.text)},\n${i}  "done": ${flag(r.done)},\n${i}  "group": ${text(r.group)},\n${i}  "mark": ${text(r.mark)}\n${i}}`;
}

/**
 * The entry, in briefJSON's key order, or null when a field holds what the JSON shape does not
 * expect (the model's types rule it out; the general formatter then decides).
 */
export function formatBriefEntry(b: BriefJSONFields): string | null {
  const i = '    ';
  try {
    return `  {\n${i}"schemaVersion": ${SCHEMA_VERSION},\n${i}"id": ${text(b.id)},\n${i}"path": ${text(b.path)},\n`
      + `${i}"title": ${text(b.title)},\n${i}"date": ${text(b.date)},\n${i}"author": ${list(b.author, i, textItem)},\n`
      + `${i}"source": ${text(b.source)},\n${i}"region": ${list(b.region, i, textItem)},\n${i}"tags": ${list(b.tags, i, textItem)},\n`
      + `${i}"status": ${text(b.status)},\n${i}"keyQuestion": ${text(b.keyQuestion)},\n${i}"summary": ${text(b.summary)},\n`
      + `${i}"sections": ${list(b.sections, i, section)},\n${i}"scenarios": ${list(b.scenarios, i, scenario)},\n`
      + `${i}"recommendations": ${list(b.recommendations, i, recommendation)},\n${i}"conclusion": ${text(b.conclusion)},\n`
      + `${i}"intro": ${text(b.intro)},\n${i}"url": ${text(b.url)},\n${i}"updated": ${text(b.updated)}\n  }`;
  } catch (error) {
    if (error === DECLINE) return null;
    throw error;
  }
}
