/** ICD 203 asks for calibrated terms; "may" and "might" say only that something is possible. */
import type { Rule } from '../types.js';
import { analyticRegions, proseLines, type SourceLine } from '../source.js';
import { exampleBrief } from './example.js';
import { HEDGE_PATTERN as HEDGE } from '../../brief/estimative.js';
import { partitionPoint } from '../../partition-point.js';

const rule: Rule = {
  id: 'estimative-hedge',
  description: 'Hedges with no estimative meaning ("may", "might", "could possibly", "perhaps") in the summary, scenarios and conclusion.',
  defaultSeverity: 'warning',
  examples: {
    fail: [{ text: exampleBrief([], '\n## Summary\n\nTalks may resume in May.\n\n## Scenarios\n\n### A. First\n\nPerhaps the border reopens.\n\n## Recommendations\n\n- Act.\n'), lines: [9, 15] }],
    pass: [
      { text: exampleBrief([], '\n## Summary\n\nTalks are likely to resume in May.\n\n## Background\n\nOfficials may travel.\n\n## Scenarios\n\n### A. First\n\nThe border probably reopens.\n\n## Recommendations\n\n- Act.\n') },
      // Quoted speech and blockquotes are other people's words, not the writer's to change.
      { text: exampleBrief([], '\n## Summary\n\nTalks are likely to resume. The envoy said talks "may resume in May".\n\n> Officials might travel, a spokesman added.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
    ],
  },
  check({ brief, lines, ownProse, report }) {
    for (const region of analyticRegions(brief)) {
      // Body regions come from the writer's own prose (quotations left out); the frontmatter
      // summary is read directly.
      const regionLines = region.from < brief.frontmatter.bodyLine
        ? proseLines(lines, region.from, region.to)
        : linesWithin(ownProse, region.from, region.to);
      for (const { line, text } of regionLines) {
        for (const m of text.matchAll(HEDGE)) {
          report({ line, column: m.index + 1, message: `"${m[0]}" in the ${region.name} is a hedge with no estimative meaning; use an ICD 203 term ("likely", "unlikely", ...) or state the condition` });
        }
      }
    }
  },
};
/** The prose lines from..to (inclusive): a slice, found by binary search (prose is in line order). */
function linesWithin(prose: readonly SourceLine[], from: number, to: number): readonly SourceLine[] {
  const first = (line: number): number => partitionPoint(prose, (l) => l.line < line);
  return prose.slice(first(from), first(to + 1));
}
export default rule;
