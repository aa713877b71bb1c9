import type { Rule } from '../types.js';
import type { Brief } from '../../brief/model.js';
import { exampleBrief } from './example.js';

type Part = 'scenarios' | 'recommendations';

/**
 * What counts as present: anything the reader found (scenarios written as `## Scenario 1:`
 * sections or as a list have no section of kind 'scenarios'), or a section of that kind, alone
 * or joined (`Summary and Recommendations`), even one the reader found nothing in.
 */
const PARTS: Record<Part, { present(brief: Brief): boolean; message: string }> = {
  scenarios: {
    present: (b) => b.scenarios.length > 0 || b.sections.some((s) => s.kinds.includes('scenarios')),
    message: 'no scenarios; add "## Scenarios" with "### A. ..." headings, or leave "scenarios" out of this rule\'s "require" option',
  },
  recommendations: {
    present: (b) => b.recommendations.length > 0 || b.sections.some((s) => s.kinds.includes('recommendations')),
    message: 'no recommendations; add "## Recommendations" with a list of items, or leave "recommendations" out of this rule\'s "require" option',
  },
};

const rule: Rule = {
  id: 'section-missing',
  description: 'The brief has no scenarios or no recommendations (option `require`: which of the two it must have; reported on line 1).',
  defaultSeverity: 'error',
  defaultOptions: { require: ['scenarios', 'recommendations'] },
  examples: {
    fail: [
      { text: exampleBrief([], '\n## Summary\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [1] },
      { text: exampleBrief([], '\n## Background\n\nText.\n'), lines: [1, 1] },
      // A forecasting note need not recommend, but it must still have scenarios.
      { text: exampleBrief([], '\n## Background\n\nText.\n'), lines: [1], options: { require: ['scenarios'] } },
    ],
    pass: [
      { text: exampleBrief([], '\n## Possible Scenarios\n\n### A. One\n\nText.\n\n## Policy Implications and Recommendations\n\n- Act.\n') },
      { text: exampleBrief([], '\n## Scenarios\n\n### A. One\n\nText.\n'), options: { require: ['scenarios'] } },
      { text: exampleBrief([], '\n## Background\n\nText.\n'), options: { require: [] } },
    ],
  },
  check({ brief, options, report }) {
    for (const part of options.require as Part[]) {
      if (!PARTS[part].present(brief)) report({ line: 1, message: PARTS[part].message });
    }
  },
};
export default rule;
