import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'scenario-empty',
  description: 'A scenario with a title but no text.',
  defaultSeverity: 'error',
  examples: {
    fail: [{ text: exampleBrief([], '\n## Scenarios\n\n### A. Talks resume\n\n### B. Talks collapse\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [9] }],
    pass: [{ text: exampleBrief() }],
  },
  check({ brief, report }) {
    for (const h of brief.scenarioHeadings) {
      if (h.empty) report({ line: h.line, message: `scenario "${h.heading}" has no text; describe how it unfolds` });
    }
  },
};
export default rule;
