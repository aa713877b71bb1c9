/** ICD 203 gives two equivalent rows of terms and asks writers not to mix them in one product. */
import type { Rule } from '../types.js';
import { findTerm, termsIn } from '../../brief/estimative.js';
import { blankAddresses } from '../addresses.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'estimative-mixed-scale',
  description: 'Estimative terms from both rows of the ICD 203 table ("likely" and "probable") in one brief, counted where they judge events (not "a probable range of outcomes").',
  defaultSeverity: 'warning',
  examples: {
    fail: [
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}'], '\n## Summary\n\nA deal is probable.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [11] },
      // A term before a scenario or an outcome is a judgement about events.
      { text: exampleBrief([], '\n## Summary\n\nA deal is likely. The most probable scenario is a slow thaw.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [9] },
    ],
    pass: [
      { text: exampleBrief(['scenarios:', '  A: {likelihood: very likely}'], '\n## Summary\n\nA deal is unlikely; collapse is almost certain. Remote areas suffer.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
      // "probable range" describes the method (METHOD_NOUNS in src/brief/estimative.ts), not an event.
      { text: exampleBrief([], '\n## Summary\n\nA deal is likely. We arrived at a probable range of outcomes and report the median.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
      // A term in quoted speech or a blockquote is another's: it mixes nothing.
      { text: exampleBrief([], '\n## Summary\n\nA deal is likely. The envoy called it "probable".\n\n> A deal is highly probable, the minister said.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
      // Words of a link's address are not the writer's: only its text is read.
      { text: exampleBrief([], '\n## Summary\n\nA deal is likely, says the [likely source](https://example.org/probable-deal) (<https://example.org/improbable>).\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
    ],
  },
  check({ brief, lines, ownProse, report }) {
    const found: Array<{ row: 1 | 2; line: number; column: number; text: string }> = [];
    for (const entry of brief.frontmatter.scenarioEntries) {
      const term = entry.likelihood === null ? null : findTerm(entry.likelihood.replace(/\s*[([].*$/, ''));
      if (term && entry.likelihoodLine !== null) found.push({ row: term.row, line: entry.likelihoodLine, column: 1, text: entry.likelihood! });
    }
    const summaryLine = brief.frontmatter.keyLines.summary;
    if (summaryLine !== undefined) {
      for (const t of termsIn(blankAddresses(lines[summaryLine - 1]!))) found.push({ row: t.term.row, line: summaryLine, column: t.column, text: t.text });
    }
    for (const { line, text } of ownProse) {
      for (const t of termsIn(text)) found.push({ row: t.term.row, line, column: t.column, text: t.text });
    }
    found.sort((a, b) => a.line - b.line || a.column - b.column);
    const first = found[0];
    const other = first ? found.find((f) => f.row !== first.row) : undefined;
    if (!first || !other) return;
    report({
      line: other.line, column: other.column,
      message: `"${other.text}" is from row ${other.row} of the ICD 203 scale, but this brief uses row ${first.row} ("${first.text}", line ${first.line}); use one row`,
    });
  },
};
export default rule;
