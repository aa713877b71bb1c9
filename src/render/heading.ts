/**
 * Headings in `brief show` on a terminal. Each level looks different by its shape, so the
 * hierarchy reads without colour (NO_COLOR) too: a section (`##`) is underlined, a heading
 * below it (`###`, a scenario in most briefs) has a marker, and a part of that (`####` and
 * deeper) is indented under it. Colour and weight add to the shape, never replace it.
 */
import type { ChalkInstance } from 'chalk';
import { displayWidth, wrap } from '../text/wrap.js';

interface HeadingLook {
  /** A rule drawn under the text, or null. */
  rule: string | null;
  /** What goes before the first line (wrapped lines hang under the text). */
  marker: string;
  text: (c: ChalkInstance) => (t: string) => string;
  decoration: (c: ChalkInstance) => (t: string) => string;
}

/** By depth; the last one serves deeper levels, indented a step further each. */
const LOOKS: Record<1 | 2 | 3 | 4, HeadingLook> = {
  1: { rule: '━', marker: '', text: (c) => c.magenta.bold, decoration: (c) => c.magenta },
  2: { rule: '═', marker: '', text: (c) => c.green.bold, decoration: (c) => c.green },
  3: { rule: null, marker: '▸ ', text: (c) => c.bold, decoration: (c) => c.green },
  4: { rule: null, marker: '▹ ', text: (c) => c.italic, decoration: (c) => c.green },
};

/** A heading's lines, from its rendered inline text (which may hold colour codes). */
export function renderHeading(text: string, depth: number, width: number, c: ChalkInstance): string {
  const look = LOOKS[Math.min(Math.max(depth, 1), 4) as 1 | 2 | 3 | 4];
  const indent = '  '.repeat(Math.max(0, depth - 3));
  const hang = indent + ' '.repeat(displayWidth(look.marker));
  const lines = wrap(text.replace(/\s+/g, ' ').trim(), width, hang, hang).split('\n');
  const out = lines.map((line, i) => {
    const body = look.text(c)(line.slice(hang.length));
    return i === 0 ? `${indent}${look.decoration(c)(look.marker)}${body}` : `${hang}${body}`;
  });
  if (look.rule !== null) {
    const ruleWidth = Math.min(width, lines.reduce((w, line) => Math.max(w, displayWidth(line)), 0));
    out.push(look.decoration(c)(look.rule.repeat(ruleWidth)));
  }
  return out.join('\n');
}
