/**
 * JSON for stdout with the fields `--json a,b` asked for. A field may be named as the JSON spells
 * it (`keyQuestion`) or as the frontmatter does (`key_question`, `key-question`); an unknown field
 * is a usage error naming the closest field and listing the others.
 */
import { formatJSON, formatJSONArrayChunks, formatJSONArrayItems } from '../render/json.js';
import { FieldError, parseFields, selectFields } from '../render/select.js';
import { cleanLine } from '../text/sanitize.js';
import { closestMatches } from '../text/suggest.js';
import { UsageError } from './errors.js';
import type { IO } from './io.js';

/** `key_question`, `key-question`, `KeyQuestion` and `keyQuestion` are one name. */
const fold = (name: string): string => name.toLowerCase().replace(/[-_]/g, '');

/**
 * The fields asked for, in the JSON's spelling, checked against `sample` (an object, or the first
 * of an array); null for every field. Nothing to check against (an empty list) keeps the names.
 */
export function resolveFields(sample: unknown, json: string | boolean | undefined): string[] | null {
  if (sample === null || typeof sample !== 'object') return parseFields(json);
  return resolveFieldsIn(Object.keys(sample), json);
}

/**
 * The fields asked for, in the JSON's spelling, checked against the fields `known`; null for
 * every field.
 * @throws UsageError naming the unknown fields, the closest known one and the others.
 */
export function resolveFieldsIn(known: readonly string[], json: string | boolean | undefined): string[] | null {
  const fields = parseFields(json);
  if (fields === null) return fields;
  const unknown: string[] = [];
  const resolved = fields.map((field) => {
    const found = known.includes(field) ? field : known.find((k) => fold(k) === fold(field));
    if (found === undefined) unknown.push(field);
    return found ?? field;
  });
  if (unknown.length > 0) {
    const [best] = unknown.length === 1 ? closestMatches(unknown[0]!, known, 1) : [];
    const names = unknown.map((f) => `"${cleanLine(f)}"`).join(', ');
    throw new UsageError(`unknown JSON field${unknown.length > 1 ? 's' : ''} ${names}${best ? `; did you mean ${best}?` : ''} (fields: ${known.join(', ')})`);
  }
  return resolved;
}

function select(value: unknown, fields: string[] | null): unknown {
  try {
    return selectFields(value, fields);
  } catch (error) {
    if (error instanceof FieldError) throw new UsageError(error.message);
    throw error;
  }
}

export function formatSelected(value: unknown, json: string | boolean | undefined): string {
  return formatJSON(select(value, resolveFields(Array.isArray(value) ? value[0] : value, json)));
}

/**
 * The same bytes as `formatSelected(items.map(toValue), json)`, written in batches: a
 * 100,000-entry list never exists as one string (nor its escaped copy), nor as one array of
 * JSON values when `toValue` makes them, and a slow reader holds back the writes.
 */
export async function writeSelectedArray<T>(items: readonly T[], json: string | boolean | undefined, io: Pick<IO, 'out' | 'drain'>, toValue: (item: T) => unknown = (item) => item): Promise<void> {
  // Field names are checked once, against the first item, as formatSelected does.
  const fields = resolveFields(items.length === 0 ? undefined : toValue(items[0]!), json);
  for (const chunk of formatJSONArrayChunks(items, (item) => select(toValue(item), fields))) {
    io.out(chunk);
    await io.drain();
  }
}

/**
 * A JSON array of entries already formatted as elements (formatJSONArrayItem), in writes of
 * about 64 KB: the bytes writeSelectedArray writes for the values they were made from.
 */
export async function writeArrayItems(items: readonly string[], io: Pick<IO, 'out' | 'drain'>): Promise<void> {
  let pending = items.length === 0 ? formatJSON([]) : '[\n';
  for (const [i, item] of items.entries()) {
    pending += i === 0 ? item : `,\n${item}`;
    if (pending.length >= WRITE_SIZE) {
      io.out(pending);
      pending = '';
      await io.drain();
    }
  }
  io.out(items.length === 0 ? pending : `${pending}\n]\n`);
  await io.drain();
}

/**
 * A JSON array of the fields asked for, written a group of items at a time (a batch, a brief's
 * judgements) as they come, so a long list need never be held whole: the same bytes as
 * `formatSelected` of all the items. Groups are gathered into writes of about 64 KB, as
 * `export --all` does: a write a group cost more than the group's JSON.
 */
export function selectedArrayWriter(json: string | boolean | undefined, io: Pick<IO, 'out' | 'drain'>): { add(items: readonly unknown[]): Promise<void>; end(): void } {
  let fields: string[] | null | undefined;
  let started = false;
  let pending = '';
  return {
    async add(items) {
      if (items.length === 0) return;
      // Field names are checked once, against the first item, as writeSelectedArray does.
      fields ??= resolveFields(items[0], json);
      const values = fields === null ? items : items.map((item) => select(item, fields!));
      pending += `${started ? ',\n' : '[\n'}${formatJSONArrayItems(values)}`;
      started = true;
      if (pending.length >= WRITE_SIZE) {
        io.out(pending);
        pending = '';
        await io.drain();
      }
    },
    end() {
      if (!started) resolveFields(undefined, json);
      io.out(started ? `${pending}\n]\n` : formatJSON([]));
    },
  };
}

/** Characters gathered before a write. */
const WRITE_SIZE = 64 * 1024;
