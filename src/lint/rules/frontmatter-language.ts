/** A fence such as `---js` asks for code to be run; brief reads YAML only and never evaluates it. */
import type { Rule } from '../types.js';
import { EXAMPLE_BODY } from './example.js';

const rule: Rule = {
  id: 'frontmatter-language',
  description: 'The frontmatter fence names a language other than YAML (---js, ---coffee, ...); it is never evaluated.',
  defaultSeverity: 'error',
  runsOnUnreadable: true,
  codes: ['not-yaml'],
  examples: {
    fail: [
      { text: `---js\n{ title: "Example" }\n---\n${EXAMPLE_BODY}`, lines: [1] },
      { text: `--- JavaScript\n{ title: "Example" }\n---\n${EXAMPLE_BODY}`, lines: [1] },
    ],
    pass: [{ text: `---yaml\ntitle: Example\ndate: 2025-01-01\nauthor: Analyst\n---\n${EXAMPLE_BODY}` }],
  },
};
export default rule;
