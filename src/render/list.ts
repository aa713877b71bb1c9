/** `brief list` output: an aligned table on a terminal, tab-separated lines for scripts. */
import type { BriefMeta } from '../brief/model.js';
import { cleanLine } from '../text/sanitize.js';
import { displayWidth, truncate } from '../text/wrap.js';
import type { Style } from './style.js';

/** One line per brief: id, date, status, title, tags (comma-separated). Documented; fixed order. */
export function renderListTSV(briefs: BriefMeta[]): string {
  return briefs.map((b) => [cleanLine(b.id), b.date ?? '', b.status, cleanLine(b.title), b.tags.map(cleanLine).join(',')].join('\t') + '\n').join('');
}

/** `refOf` gives what names each brief (its id, or its path when the id is shared), shown as its ID. */
export function renderListTable(briefs: BriefMeta[], style: Style, width: number, refOf: (b: BriefMeta) => string = (b) => b.id): string {
  const rows = briefs.map((b) => [b.date ?? '-', cleanLine(refOf(b)), b.status, cleanLine(b.title), b.tags.map(cleanLine).join(', ')]);
  const head = ['DATE', 'ID', 'STATUS', 'TITLE', 'TAGS'];
  // A loop, not Math.max(...rows): a spread passes every row as an argument, past the stack's limit.
  const widths = head.map((h) => displayWidth(h));
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i]!, displayWidth(cell)); });
  // The title takes what is left after the fixed columns; tags go first when space is short.
  const fixed = widths[0]! + widths[1]! + widths[2]! + 6;
  let tagWidth = Math.min(widths[4]!, 30);
  let titleWidth = width - fixed - tagWidth - 2;
  if (titleWidth < 20) { tagWidth = 0; titleWidth = width - fixed; }
  titleWidth = Math.max(10, Math.min(widths[3]!, titleWidth));
  const pad = (text: string, w: number): string => text + ' '.repeat(Math.max(0, w - displayWidth(text)));
  const line = (cells: string[], styleCell: (t: string, i: number) => string): string => {
    const parts = [pad(cells[0]!, widths[0]!), pad(cells[1]!, widths[1]!), pad(cells[2]!, widths[2]!),
      tagWidth > 0 ? pad(truncate(cells[3]!, titleWidth), titleWidth) : truncate(cells[3]!, titleWidth)];
    if (tagWidth > 0) parts.push(truncate(cells[4]!, tagWidth));
    return parts.map(styleCell).join('  ').trimEnd();
  };
  const out = [line(head, (t) => style.dim(t))];
  for (const row of rows) out.push(line(row, (t, i) => (i === 1 ? style.title(t) : t)));
  return out.join('\n') + '\n';
}
