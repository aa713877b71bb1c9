import type { Rule } from '../types.js';
import { EXAMPLE_BODY, exampleBrief } from './example.js';

const rule: Rule = {
  id: 'frontmatter-required',
  description: '"title", "date" or "author" is missing or empty.',
  defaultSeverity: 'error',
  runsOnUnreadable: true,
  codes: ['required-missing'],
  examples: {
    fail: [
      { text: `---\ntitle: Example\ndate: 2025-01-01\n---\n${EXAMPLE_BODY}`, lines: [1] },
      { text: `---\ntitle: ""\ndate: 2025-01-01\nauthor: [Analyst]\n---\n${EXAMPLE_BODY}`, lines: [2] },
    ],
    pass: [{ text: exampleBrief() }],
  },
};
export default rule;
