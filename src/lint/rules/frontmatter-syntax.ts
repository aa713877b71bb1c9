import { parserRule } from './from-parser.js';
import { exampleBrief } from './example.js';

export default parserRule('frontmatter-syntax', 'The YAML frontmatter cannot be parsed (reported at the line of the fault).', 'error', {
  fail: [
    { text: exampleBrief(['tags: [security, energy']), lines: [5] },
    { text: '---\ntitle: Example\ndate: 2025-01-01\n\n## Summary\n', lines: [1] },
    { text: exampleBrief(['title: Twice']), lines: [5] },
  ],
  pass: [{ text: exampleBrief(['tags: [security, energy]']) }],
});
