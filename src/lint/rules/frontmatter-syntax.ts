import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'frontmatter-syntax',
  description: 'The YAML frontmatter cannot be parsed (reported at the line of the fault).',
  defaultSeverity: 'error',
  runsOnUnreadable: true,
  codes: ['yaml-syntax', 'unclosed', 'fence-not-first', 'frontmatter-too-large', 'too-many-values'],
  examples: {
    fail: [
      { text: exampleBrief(['tags: [security, energy']), lines: [5] },
      { text: '---\ntitle: Example\ndate: 2025-01-01\n\n## Summary\n', lines: [1] },
      { text: exampleBrief(['title: Twice']), lines: [5] },
    ],
    pass: [{ text: exampleBrief(['tags: [security, energy]']) }],
  },
};
export default rule;
