/** The text shown for a hit: the line, without Markdown marks, cut around the match, with the match's offsets. Pure. */
import { wordMatches, type Clause } from './query.js';
import { tokenSpans } from './tokenize.js';
import type { Field } from './query.js';

export interface Snippet {
  text: string;
  /** [start, end) offsets in `text` of each matched word. */
  matches: Array<[number, number]>;
}

function display(text: string): string {
  return text
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/!?\[([^\]]*)\](?:\([^)]*\))?/g, '$1')
    .replace(/(\*\*|__|~~|\*|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The snippet of a hit's line for `clauses` (only those that may match in `field`), at most `max` characters. */
export function snippetOf(line: string, clauses: readonly Clause[], field: Field, max = 160): Snippet {
  const text = display(line);
  const spans = tokenSpans(text);
  const matches: Array<[number, number]> = [];
  for (const clause of clauses) {
    if (clause.field !== null && clause.field !== field) continue;
    const size = clause.words.length;
    for (let i = 0; i + size <= spans.length; i += 1) {
      let all = true;
      for (let k = 0; k < size && all; k += 1) all = wordMatches(clause, k, spans[i + k]!.word);
      if (all) for (let k = 0; k < size; k += 1) matches.push([spans[i + k]!.start, spans[i + k]!.end]);
    }
  }
  matches.sort((a, b) => a[0] - b[0]);
  const unique = matches.filter((m, i) => i === 0 || m[0] !== matches[i - 1]![0]);
  if (text.length <= max) return { text, matches: unique };
  // Cut around the first match, on word boundaries, with an ellipsis at each cut; the match
  // itself is never cut, however long its word.
  const [first, firstEnd] = unique[0] ?? [0, 0];
  let start = Math.max(0, first - Math.floor(max / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, Math.max(start + max, firstEnd));
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space >= firstEnd) end = space;
  }
  const head = start > 0 ? '…' : '';
  const shift = head.length - start;
  return {
    text: `${head}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    matches: unique.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}
