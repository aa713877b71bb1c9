import type { Fix, Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'recommendations-format',
  description: 'The recommendations section has no list items (each recommendation is one item).',
  defaultSeverity: 'error',
  fixable: true,
  examples: {
    fail: [
      // Fixed: one sentence to a line (or to a paragraph) becomes one item each.
      { text: exampleBrief([], '\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\nEstablish monitoring.\n\nMaintain contact.\n'), lines: [13] },
      { text: exampleBrief([], '\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\nEstablish monitoring.\nMaintain contact.\n'), lines: [13] },
      // A heading that names two kinds is a recommendations section too.
      { text: exampleBrief([], '\n## Summary and Recommendations\n\nThe bottom line.\n\n## Scenarios\n\n### A. One\n\nText.\n'), lines: [7] },
    ],
    pass: [
      { text: exampleBrief([], '\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\nBoth sides should:\n\n1. Establish monitoring.\n2. Maintain contact.\n') },
      { text: exampleBrief([], '\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n### Now\n\n- [ ] Act.\n') },
    ],
  },
  check({ brief, lines, report }) {
    for (const s of brief.sections) {
      if (!s.kinds.includes('recommendations')) continue;
      const items = brief.recommendations.filter((r) => r.line > s.line && r.line <= s.endLine);
      if (items.length === 0) {
        const fix = s.kinds.length === 1 ? sentencesToList(lines, s.line + 1, s.endLine) : null;
        report({
          line: s.line,
          message: `"${s.heading}" has no list items; write each recommendation as "- ..." or "1. ..."${fix ? ' (--fix makes each sentence an item)' : ''}`,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};

/** A line of plain prose: no Markdown block mark (heading, quote, list, table, HTML, code). */
const PLAIN = /^(?![ \t]{4}|\s*(?:[#>|<`~*+-]|\d+[.)]\s|=+\s*$))\S/;
/** One sentence: ends with its stop, and no stop followed by a capital before that. */
const ONE_SENTENCE = /^(?:(?![.!?]["')\]]?\s+[A-Z"']).)*[.!?]["')\]]?\s*$/;

/**
 * The fix for a section written as sentences, one to a line (one paragraph, or one per
 * paragraph): each becomes an item. Anything else in the section, and it is left to the writer.
 */
function sentencesToList(lines: readonly string[], from: number, to: number): Fix | null {
  const content: number[] = [];
  for (let l = from; l <= to; l += 1) {
    const text = lines[l - 1] ?? '';
    if (text.trim() === '') continue;
    if (!PLAIN.test(text) || !ONE_SENTENCE.test(text.trim())) return null;
    content.push(l);
  }
  if (content.length < 2) return null;
  const first = content[0]!;
  const last = content.at(-1)!;
  return { from: first, to: last, lines: content.map((l) => `- ${lines[l - 1]!.trim()}`) };
}
export default rule;
