import { parserRule } from './from-parser.js';
import { EXAMPLE_BODY, exampleBrief } from './example.js';

export default parserRule('frontmatter-required', '"title", "date" or "author" is missing or empty.', 'error', {
  fail: [
    { text: `---\ntitle: Example\ndate: 2025-01-01\n---\n${EXAMPLE_BODY}`, lines: [1] },
    { text: `---\ntitle: ""\ndate: 2025-01-01\nauthor: [Analyst]\n---\n${EXAMPLE_BODY}`, lines: [2] },
  ],
  pass: [{ text: exampleBrief() }],
});
