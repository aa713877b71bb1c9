/** `brief list` output: an aligned table on a terminal, tab-separated lines for scripts. */
import type { BriefMeta } from '../brief/model.js';
import { cleanLine } from '../text/sanitize.js';
import { displayWidth, truncateList, wrap } from '../text/wrap.js';
import { plainStyle, type Style } from './style.js';

/**
 * One line per brief: id, date, status, title, tags (comma-separated). Documented; fixed order.
 * With a colour style (--color always), the id's cell is styled as the table styles its ID column.
 */
export function renderListTSV(briefs: BriefMeta[], style: Style = plainStyle): string {
  return briefs.map((b) => [style.title(cleanLine(b.id)), b.date ?? '', b.status, cleanLine(b.title), b.tags.map(cleanLine).join(',')].join('\t') + '\n').join('');
}

/** Below this the title column would be a column of words: the list is drawn as blocks instead. */
const MIN_TITLE = 16;
/** Tags narrower than this are left out rather than shown as a stub. */
const MIN_TAGS = 8;

/**
 * `refOf` gives what names each brief (its id, or its path when the id is shared), shown as its ID.
 * The title gets the room it needs first (wrapping in its column when it must); tags take what
 * is left, whole tags, and are left out before the title is cut. Too narrow for columns, each
 * brief is a small block.
 */
export function renderListTable(briefs: BriefMeta[], style: Style, width: number, refOf: (b: BriefMeta) => string = (b) => b.id): string {
  const rows = briefs.map((b) => ({ cells: [b.date ?? '-', cleanLine(refOf(b)), b.status, cleanLine(b.title)], tags: b.tags.map(cleanLine) }));
  const head = ['DATE', 'ID', 'STATUS', 'TITLE', 'TAGS'];
  // A loop, not Math.max(...rows): a spread passes every row as an argument, past the stack's limit.
  const widths = head.map((h) => displayWidth(h));
  for (const row of rows) {
    row.cells.forEach((cell, i) => { widths[i] = Math.max(widths[i]!, displayWidth(cell)); });
    widths[4] = Math.max(widths[4]!, displayWidth(row.tags.join(', ')));
  }
  const fixed = widths[0]! + widths[1]! + widths[2]! + 6;
  const titleWidth = Math.min(widths[3]!, width - fixed);
  if (titleWidth < Math.min(MIN_TITLE, widths[3]!)) return renderListBlocks(rows, style, width);
  const tagRoom = width - fixed - titleWidth - 2;
  const tagWidth = tagRoom >= Math.min(MIN_TAGS, widths[4]!) ? Math.min(widths[4]!, tagRoom) : 0;
  const pad = (text: string, w: number): string => text + ' '.repeat(Math.max(0, w - displayWidth(text)));
  const line = (cells: string[], tags: string, styleCell: (t: string, i: number) => string): string[] => {
    const title = wrap(cells[3]!, titleWidth).split('\n');
    return title.map((t, y) => {
      const parts = y === 0 ? [pad(cells[0]!, widths[0]!), pad(cells[1]!, widths[1]!), pad(cells[2]!, widths[2]!)] : [' '.repeat(widths[0]!), ' '.repeat(widths[1]!), ' '.repeat(widths[2]!)];
      parts.push(tagWidth > 0 ? pad(t, titleWidth) : t);
      if (tagWidth > 0 && y === 0) parts.push(tags);
      return parts.map((p, i) => (y === 0 ? styleCell(p, i) : p)).join('  ').trimEnd();
    });
  };
  const out = line(head.slice(0, 4), tagWidth > 0 ? 'TAGS' : '', (t) => style.dim(t));
  for (const row of rows) out.push(...line(row.cells, truncateList(row.tags, tagWidth), (t, i) => (i === 1 ? style.title(t) : t)));
  return out.join('\n') + '\n';
}

/** Each brief as its id, its title and a line of date, status and tags, wrapped. */
function renderListBlocks(rows: Array<{ cells: string[]; tags: string[] }>, style: Style, width: number): string {
  return rows.map(({ cells, tags }) => [
    style.title(wrap(cells[1]!, width)),
    wrap(cells[3]!, width, '  '),
    wrap([cells[0]!, cells[2]!, tags.join(', ')].filter((t) => t !== '' && t !== '-').join(' · '), width, '  '),
  ].join('\n')).join('\n') + '\n';
}
