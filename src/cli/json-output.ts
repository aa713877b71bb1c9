/** JSON for stdout with the fields `--json a,b` asked for; an unknown field is a usage error. */
import { formatJSON } from '../render/json.js';
import { FieldError, parseFields, selectFields } from '../render/select.js';
import { UsageError } from './errors.js';

export function formatSelected(value: unknown, json: string | boolean | undefined): string {
  try {
    return formatJSON(selectFields(value, parseFields(json)));
  } catch (error) {
    if (error instanceof FieldError) throw new UsageError(error.message);
    throw error;
  }
}
