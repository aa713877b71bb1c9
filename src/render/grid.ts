/**
 * A borderless table whose cells wrap, sized to the window: columns keep their natural width
 * when the table fits, flexible columns give way (never narrower than their longest word)
 * when it does not, and the caller falls back to a list when even that is too wide.
 */
import { displayWidth, wrap } from '../text/wrap.js';

export interface GridOptions {
  width: number;
  /** Before every line. */
  indent?: string;
  /** Which columns may wrap (`last`: only once the others are as narrow as they go); the others keep their width. */
  flexible: Array<boolean | 'last'>;
  /** Styles one line of a cell (row -1 is the head); applied after the layout, so it may add colour. */
  style?: (text: string, row: number, column: number) => string;
}

const GAP = '  ';
/** A flexible column never gets narrower than this, so a table does not become a column of words. */
const MIN_FLEXIBLE = 14;

function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/\s+/)) longest = Math.max(longest, displayWidth(word));
  return longest;
}

/** The table's lines, or null when its columns cannot fit `width`. */
export function layoutGrid(head: string[], rows: string[][], o: GridOptions): string[] | null {
  const indent = o.indent ?? '';
  const all = [head, ...rows];
  const natural = head.map((_, c) => all.reduce((w, row) => Math.max(w, displayWidth(row[c] ?? '')), 0));
  const least = head.map((_, c) => (o.flexible[c]
    ? Math.min(natural[c]!, Math.max(MIN_FLEXIBLE, all.reduce((w, row) => Math.max(w, longestWord(row[c] ?? '')), 0)))
    : natural[c]!));
  const room = o.width - displayWidth(indent) - GAP.length * (head.length - 1);
  const sum = (ws: number[]): number => ws.reduce((a, b) => a + b, 0);
  if (sum(least) > room) return null;
  const widths = [...natural];
  // Take a column from the widest flexible column until the table fits.
  let excess = sum(widths) - room;
  while (excess > 0) {
    const pick = (kind: boolean | 'last'): number => {
      let widest = -1;
      widths.forEach((w, c) => { if (o.flexible[c] === kind && w > least[c]! && (widest === -1 || w > widths[widest]!)) widest = c; });
      return widest;
    };
    const first = pick(true);
    const widest = first === -1 ? pick('last') : first;
    if (widest === -1) return null;
    const kind = o.flexible[widest];
    const next = widths.reduce((m, w, c) => (c !== widest && o.flexible[c] === kind && w < widths[widest]! && w > m ? w : m), least[widest]!);
    const take = Math.min(excess, widths[widest]! - Math.max(next, least[widest]!, 1));
    const step = Math.max(1, take);
    widths[widest]! -= step;
    excess -= step;
  }
  const style = o.style ?? ((t: string) => t);
  const lines: string[] = [];
  all.forEach((row, r) => {
    const cells = widths.map((w, c) => wrap(row[c] ?? '', w).split('\n'));
    const height = cells.reduce((h, cell) => Math.max(h, cell.length), 0);
    for (let y = 0; y < height; y += 1) {
      const parts = cells.map((cell, c) => {
        const text = cell[y] ?? '';
        const pad = c === cells.length - 1 ? '' : ' '.repeat(Math.max(0, widths[c]! - displayWidth(text)));
        return (text === '' ? '' : style(text, r - 1, c)) + pad;
      });
      lines.push((indent + parts.join(GAP)).trimEnd());
    }
  });
  return lines;
}
