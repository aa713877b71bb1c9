import { parserRule } from './from-parser.js';
import { EXAMPLE_BODY } from './example.js';

export default parserRule('frontmatter-language', 'The frontmatter fence names a language other than YAML (---js, ---coffee, ...); it is never evaluated.', 'error', {
  fail: [
    { text: `---js\n{ title: "Example" }\n---\n${EXAMPLE_BODY}`, lines: [1] },
    { text: `--- JavaScript\n{ title: "Example" }\n---\n${EXAMPLE_BODY}`, lines: [1] },
  ],
  pass: [{ text: `---yaml\ntitle: Example\ndate: 2025-01-01\nauthor: Analyst\n---\n${EXAMPLE_BODY}` }],
});
