/**
 * A boxed table drawn in one pass over its cells, in the layout cli-table3 gives
 * marked-terminal's tables. cli-table3 lays cells out in time that grows with the square of
 * their number (it checks every cell against every earlier one for spans), so large tables
 * are drawn here instead.
 */
import { displayWidth } from '../text/wrap.js';

/** Tables with more cells than this are drawn by renderTable; smaller ones by marked-terminal. */
export const MAX_LAID_OUT_CELLS = 100;

export interface TableStyle {
  /** Applied to each header cell's padded text. */
  head(text: string): string;
  /** Applied to each piece of border. */
  border(text: string): string;
}

/**
 * False when padding every cell to its column's width would make the table much larger than
 * its text (one wide cell above a thousand short ones): such a table is drawn unpadded.
 */
export function paddingFits(cellWidths: number[][]): boolean {
  const widths: number[] = [];
  let text = 0;
  for (const row of cellWidths) {
    row.forEach((w, x) => { if (w > (widths[x] ?? 0)) widths[x] = w; text += w; });
  }
  const rowWidth = widths.reduce((sum, w) => sum + w + 3, 1);
  return cellWidths.length * 2 * rowWidth <= 4 * text + 64 * 1024;
}

/** `rows[0]` is the header. Each cell is one line of (already styled) text. */
export function renderTable(rows: string[][], style: TableStyle): string {
  const columns = rows.reduce((n, row) => Math.max(n, row.length), 0);
  const widths = new Array<number>(columns).fill(0);
  const cellWidths = rows.map((row) => row.map((cell, x) => {
    const w = displayWidth(cell);
    if (w > widths[x]!) widths[x] = w;
    return w;
  }));
  if (!paddingFits(cellWidths)) {
    return rows.map((row, y) => (y === 0 ? row.map((cell) => style.head(cell)) : row).join(style.border(' │ '))).join('\n');
  }
  const rule = (left: string, mid: string, right: string): string =>
    widths.map((w, x) => style.border(`${x === 0 ? left : mid}${'─'.repeat(w + 2)}${x === columns - 1 ? right : ''}`)).join('');
  const lines: string[] = [rule('┌', '┬', '┐')];
  rows.forEach((row, y) => {
    if (y > 0) lines.push(rule('├', '┼', '┤'));
    let line = '';
    for (let x = 0; x < columns; x += 1) {
      const cell = row[x] ?? '';
      const padded = ` ${cell}${' '.repeat(widths[x]! - (cellWidths[y]![x] ?? 0))} `;
      line += style.border('│') + (y === 0 ? style.head(padded) : padded);
    }
    lines.push(line + style.border('│'));
  });
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}
