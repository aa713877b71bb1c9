/** The metadata shown above a brief, as label/value pairs (shared by every text renderer). */
import type { BriefMeta } from '../brief/model.js';
import { cleanLine } from '../text/sanitize.js';

export interface Field {
  /** The name scripts read (`show` piped): the same whatever the value, `author` for one author or several. */
  key: string;
  label: string;
  value: string;
}

export function metadataFields(meta: BriefMeta): Field[] {
  const fields: Array<[string, string, string | null]> = [
    ['date', 'Date', meta.date],
    ['updated', 'Updated', meta.updated],
    ['author', meta.author.length > 1 ? 'Authors' : 'Author', meta.author.join(', ') || null],
    ['source', 'Source', meta.source],
    ['url', 'URL', meta.url],
    ['region', 'Region', meta.region.join(', ') || null],
    ['tags', 'Tags', meta.tags.join(', ') || null],
    ['status', 'Status', meta.status],
    ['key_question', 'Key question', meta.keyQuestion],
  ];
  return fields.filter((f): f is [string, string, string] => f[2] !== null).map(([key, label, value]) => ({ key, label, value: cleanLine(value) }));
}

/** `key:<TAB>value` lines: stable for scripts, one per field, as gh prints when piped. */
export function fieldLines(meta: BriefMeta): string {
  const fields = [{ key: 'title', value: cleanLine(meta.title) }, ...metadataFields(meta)];
  return fields.map((f) => `${f.key}:\t${f.value}`).join('\n') + '\n';
}
