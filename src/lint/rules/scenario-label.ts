import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const body = (headings: string[]): string =>
  `\n## Scenarios\n\n${headings.map((h) => `### ${h}\n\nText.\n`).join('\n')}\n## Recommendations\n\n- Act.\n`;

const rule: Rule = {
  id: 'scenario-label',
  description: 'A scenario heading without a label ("### A. Title"), or a label used twice.',
  defaultSeverity: 'error',
  examples: {
    // Headings fall on lines 9, 13, 17 (fence on 5, "## Scenarios" on 7).
    fail: [
      { text: exampleBrief([], body(['Return to talks', 'B. Ceasefires'])), lines: [9] },
      { text: exampleBrief([], body(['A. Return to talks', 'B. Ceasefires', 'b) Escalation'])), lines: [17] },
    ],
    pass: [{ text: exampleBrief([], body(['A. Return to talks', 'Scenario B: Ceasefires', '3 - Escalation'])) }],
  },
  check({ brief, report }) {
    const seen = new Map<string, number>();
    for (const h of brief.scenarioHeadings) {
      if (h.label === null) {
        report({ line: h.line, message: `scenario heading "${h.heading}" has no label; start it with one, e.g. "### A. ${h.heading}"` });
      } else if (seen.has(h.label)) {
        report({ line: h.line, message: `scenario label "${h.label}" is used twice (first on line ${seen.get(h.label)}); give each scenario its own label` });
      } else {
        seen.set(h.label, h.line);
      }
    }
  },
};
export default rule;
