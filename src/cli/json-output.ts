/** JSON for stdout with the fields `--json a,b` asked for; an unknown field is a usage error. */
import { formatJSON, formatJSONArrayChunks } from '../render/json.js';
import { FieldError, parseFields, selectFields } from '../render/select.js';
import { UsageError } from './errors.js';
import type { IO } from './io.js';

export function formatSelected(value: unknown, json: string | boolean | undefined): string {
  try {
    return formatJSON(selectFields(value, parseFields(json)));
  } catch (error) {
    if (error instanceof FieldError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * The same bytes as `formatSelected(items, json)`, written in batches: a 100,000-entry list
 * never exists as one string (nor its escaped copy), and a slow reader holds back the writes.
 */
export async function writeSelectedArray(items: readonly unknown[], json: string | boolean | undefined, io: Pick<IO, 'out' | 'drain'>): Promise<void> {
  // Field names are checked once, against the first item, as formatSelected does.
  formatSelected(items.slice(0, 1), json);
  const fields = parseFields(json);
  for (const chunk of formatJSONArrayChunks(items, (item) => selectFields(item, fields))) {
    io.out(chunk);
    await io.drain();
  }
}
