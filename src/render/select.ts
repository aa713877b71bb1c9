/** `--json title,date,tags`: keep only the named fields, as gh does; unknown names list the known ones. */

export class FieldError extends Error {}

/** The fields to keep from `--json [fields]`, or null for all (`--json` alone). */
export function parseFields(value: string | boolean | undefined): string[] | null {
  if (typeof value !== 'string') return null;
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  return fields.length > 0 ? fields : null;
}

/** Picks `fields` from an object, or from each object of an array, in the order asked. */
export function selectFields(value: unknown, fields: string[] | null): unknown {
  if (fields === null) return value;
  const sample = Array.isArray(value) ? value[0] : value;
  if (sample !== undefined && sample !== null && typeof sample === 'object') {
    const known = Object.keys(sample);
    const unknown = fields.filter((f) => !known.includes(f));
    if (unknown.length > 0) {
      throw new FieldError(`unknown JSON field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `"${f}"`).join(', ')}; available: ${known.join(', ')}`);
    }
  }
  const pick = (item: unknown): unknown =>
    item !== null && typeof item === 'object' ? Object.fromEntries(fields.map((f) => [f, (item as Record<string, unknown>)[f]])) : item;
  return Array.isArray(value) ? value.map(pick) : pick(value);
}
