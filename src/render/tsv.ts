/**
 * Cells of tab-separated output, and the spans a renderer colours in them. Pure. A cell is
 * cleaned before it is styled, so nothing from a brief reaches a pipe as a control sequence,
 * and every style opens and closes inside its cell: `cut -f5` keeps balanced escape codes.
 */
import { cleanLine } from '../text/sanitize.js';

/** A cell: controls, escape sequences and bidi overrides removed; tabs and newlines folded to spaces. */
export const tsvCell = (text: string | null): string => cleanLine(text ?? '');

/** `text` with each [start, end) span (sorted, not overlapping) painted on its own. */
export function paintSpans(text: string, spans: ReadonlyArray<readonly [number, number]>, paint: (t: string) => string): string {
  let shown = '';
  let at = 0;
  for (const [s, e] of spans) {
    shown += text.slice(at, s) + paint(text.slice(s, e));
    at = e;
  }
  return shown + text.slice(at);
}
