import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'section-missing',
  description: 'The brief has no scenarios section or no recommendations section (reported on line 1).',
  defaultSeverity: 'error',
  examples: {
    fail: [
      { text: exampleBrief([], '\n## Summary\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [1] },
      { text: exampleBrief([], '\n## Background\n\nText.\n'), lines: [1, 1] },
    ],
    pass: [{ text: exampleBrief([], '\n## Possible Scenarios\n\n### A. One\n\nText.\n\n## Policy Implications and Recommendations\n\n- Act.\n') }],
  },
  check({ brief, report }) {
    const kinds = new Set(brief.sections.map((s) => s.kind));
    if (!kinds.has('scenarios')) report({ line: 1, message: 'no scenarios section; add "## Scenarios" with "### A. ..." headings' });
    if (!kinds.has('recommendations')) report({ line: 1, message: 'no recommendations section; add "## Recommendations" with a list of items' });
  },
};
export default rule;
