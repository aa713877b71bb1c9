/** What `export --all` writes for one brief: made alike on the main thread and on a worker. */
import { parseBrief } from '../brief/parse.js';
import { briefJSON, formatJSONArrayItem } from '../render/json.js';
import { renderText } from '../render/text.js';
import type { Outcome } from './briefs.js';
import { formatSelected } from './json-output.js';

export interface ExportFormat {
  json: boolean;
  /** `--json a,b`: the fields asked for (true or undefined: every field). */
  fields: string | boolean | undefined;
}

/**
 * One brief as `export --all` writes it: its JSON indented as an element of the array, or its
 * plain text; a brief that cannot be read is its fatal problem. Rendered whole before any of it
 * is written, so a skipped brief leaves the output valid.
 */
export function exportEntry(text: string, path: string, format: ExportFormat): Outcome<string> {
  // Export writes every text field, so they are computed during the parse.
  const parsed = parseBrief(text, path, { eager: true });
  const fatal = parsed.problems.find((p) => p.fatal);
  if (fatal) return { problem: fatal };
  if (!format.json) return { value: renderText(parsed.brief) };
  if (typeof format.fields !== 'string') return { value: formatJSONArrayItem(briefJSON(parsed.brief)) };
  return { value: `  ${formatSelected(briefJSON(parsed.brief), format.fields).trimEnd().replace(/\n/g, '\n  ')}` };
}
