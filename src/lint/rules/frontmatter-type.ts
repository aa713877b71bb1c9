import { parserRule } from './from-parser.js';
import { EXAMPLE_BODY, exampleBrief } from './example.js';

export default parserRule('frontmatter-type', 'A value has the wrong type or is impossible (date: 2025-13-45, status: final).', 'error', {
  fail: [
    { text: `---\ntitle: Example\ndate: 2025-13-45\nauthor: Analyst\n---\n${EXAMPLE_BODY}`, lines: [3] },
    { text: exampleBrief(['status: final']), lines: [5] },
    { text: exampleBrief(['tags: {a: b}']), lines: [5] },
  ],
  pass: [{ text: exampleBrief(['status: published', 'tags: [a, b]']) }],
});
