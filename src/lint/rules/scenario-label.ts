import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const body = (headings: string[]): string =>
  `\n## Scenarios\n\n${headings.map((h) => `### ${h}\n\nText.\n`).join('\n')}\n## Recommendations\n\n- Act.\n`;

const rule: Rule = {
  id: 'scenario-label',
  description: 'Scenario headings without labels ("### A. Title"), read by their position; or a label used twice.',
  defaultSeverity: 'error',
  examples: {
    // Headings fall on lines 9, 13, 17 (fence on 5, "## Scenarios" on 7).
    fail: [
      // Named scenarios with no labels at all: read as 1 and 2 by position.
      { text: exampleBrief([], body(['Return to talks', 'Ceasefires'])), lines: [9, 13] },
      { text: exampleBrief([], body(['A. Return to talks', 'B. Ceasefires', 'b) Escalation'])), lines: [17] },
    ],
    pass: [
      { text: exampleBrief([], body(['A. Return to talks', 'Scenario B: Ceasefires', '3 - Escalation'])) },
      // An unlabelled heading among labelled scenarios is a part of the section, not a scenario.
      { text: exampleBrief([], body(['Drivers', 'A. Return to talks', 'B. Ceasefires'])) },
    ],
  },
  check({ brief, report }) {
    const seen = new Map<string, number>();
    for (const h of brief.scenarioHeadings) {
      if (h.labelDerived && h.form === 'heading') {
        const letter = String.fromCharCode(64 + Math.min(Number(h.label), 26));
        report({ line: h.line, message: `scenario heading "${h.heading}" has no label (it is read as scenario ${h.label}, by its position); start it with one, e.g. "### ${letter}. ${h.heading}"` });
      } else if (seen.has(h.label)) {
        report({ line: h.line, message: `scenario label "${h.label}" is used twice (first on line ${seen.get(h.label)}); give each scenario its own label` });
      } else {
        seen.set(h.label, h.line);
      }
    }
  },
};
export default rule;
