/** ICD 203 asks for calibrated terms; "may" and "might" say only that something is possible. */
import type { Rule } from '../types.js';
import { analyticRegions, proseLines } from '../source.js';
import { exampleBrief } from './example.js';

// Lower-case "may" only: "May" is usually the month.
const HEDGE = /\b(?:[Cc]ould possibly|may|[Mm]ight|[Pp]erhaps|[Pp]ossibly)\b/g;

const rule: Rule = {
  id: 'estimative-hedge',
  description: 'Hedges with no estimative meaning ("may", "might", "could possibly", "perhaps") in the summary, scenarios and conclusion.',
  defaultSeverity: 'warning',
  examples: {
    fail: [{ text: exampleBrief([], '\n## Summary\n\nTalks may resume in May.\n\n## Scenarios\n\n### A. First\n\nPerhaps the border reopens.\n\n## Recommendations\n\n- Act.\n'), lines: [9, 15] }],
    pass: [{ text: exampleBrief([], '\n## Summary\n\nTalks are likely to resume in May.\n\n## Background\n\nOfficials may travel.\n\n## Scenarios\n\n### A. First\n\nThe border probably reopens.\n\n## Recommendations\n\n- Act.\n') }],
  },
  check({ brief, lines, prose, report }) {
    for (const region of analyticRegions(brief)) {
      // Body regions come from the shared prose lines; the frontmatter summary is read directly.
      const regionLines = region.from < brief.frontmatter.bodyLine
        ? proseLines(lines, region.from, region.to)
        : prose.filter((p) => p.line >= region.from && p.line <= region.to);
      for (const { line, text } of regionLines) {
        for (const m of text.matchAll(HEDGE)) {
          report({ line, column: m.index + 1, message: `"${m[0]}" in the ${region.name} is a hedge with no estimative meaning; use an ICD 203 term ("likely", "unlikely", ...) or state the condition` });
        }
      }
    }
  },
};
export default rule;
