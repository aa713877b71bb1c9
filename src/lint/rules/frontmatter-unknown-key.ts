import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'frontmatter-unknown-key',
  description: 'A frontmatter key the format does not know (the closest known key is suggested).',
  defaultSeverity: 'warning',
  runsOnUnreadable: true,
  codes: ['unknown-key'],
  examples: {
    fail: [{ text: exampleBrief(['keyquestion: Why?', 'tag: x']), lines: [5, 6] }],
    pass: [{ text: exampleBrief(['key_question: Why?', 'tags: [x]']) }],
  },
};
export default rule;
