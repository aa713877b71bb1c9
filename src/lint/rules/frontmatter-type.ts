import type { Rule } from '../types.js';
import { EXAMPLE_BODY, exampleBrief } from './example.js';

const rule: Rule = {
  id: 'frontmatter-type',
  description: 'A value has the wrong type or is impossible (date: 2025-13-45, status: final).',
  defaultSeverity: 'error',
  runsOnUnreadable: true,
  codes: ['wrong-type', 'invalid-value', 'not-mapping'],
  examples: {
    fail: [
      { text: `---\ntitle: Example\ndate: 2025-13-45\nauthor: Analyst\n---\n${EXAMPLE_BODY}`, lines: [3] },
      { text: exampleBrief(['status: final']), lines: [5] },
      { text: exampleBrief(['tags: {a: b}']), lines: [5] },
    ],
    pass: [{ text: exampleBrief(['status: published', 'tags: [a, b]']) }],
  },
};
export default rule;
