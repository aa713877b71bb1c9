/** The metadata shown above a brief, as label/value pairs (shared by every text renderer). */
import type { BriefMeta } from '../brief/model.js';
import { cleanLine } from '../text/sanitize.js';

export interface Field { label: string; value: string }

export function metadataFields(meta: BriefMeta): Field[] {
  const fields: Array<[string, string | null]> = [
    ['Date', meta.date],
    ['Updated', meta.updated],
    [meta.author.length > 1 ? 'Authors' : 'Author', meta.author.join(', ') || null],
    ['Source', meta.source],
    ['URL', meta.url],
    ['Region', meta.region.join(', ') || null],
    ['Tags', meta.tags.join(', ') || null],
    ['Status', meta.status],
    ['Key question', meta.keyQuestion],
  ];
  return fields.filter((f): f is [string, string] => f[1] !== null).map(([label, value]) => ({ label, value: cleanLine(value) }));
}

/** `key:<TAB>value` lines: stable for scripts, one per field, as gh prints when piped. */
export function fieldLines(meta: BriefMeta): string {
  const fields = [{ label: 'title', value: cleanLine(meta.title) }, ...metadataFields(meta)];
  return fields.map((f) => `${f.label.toLowerCase().replace(/ /g, '_')}:\t${f.value}`).join('\n') + '\n';
}
