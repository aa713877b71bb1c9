import type { Rule } from '../types.js';
import { reportProblems } from '../problems.js';
import { exampleBrief } from './example.js';

const CODES = ['unknown-key'] as const;

const rule: Rule = {
  id: 'frontmatter-unknown-key',
  description: 'A frontmatter key the format does not know (the closest known key is suggested).',
  defaultSeverity: 'warning',
  runsOnUnreadable: true,
  codes: CODES,
  examples: {
    fail: [{ text: exampleBrief(['keyquestion: Why?', 'tag: x']), lines: [5, 6] }],
    pass: [{ text: exampleBrief(['key_question: Why?', 'tags: [x]']) }],
  },
  check: (context) => reportProblems(context, CODES),
};
export default rule;
