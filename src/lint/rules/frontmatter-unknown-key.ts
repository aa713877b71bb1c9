import { parserRule } from './from-parser.js';
import { exampleBrief } from './example.js';

export default parserRule('frontmatter-unknown-key', 'A frontmatter key the format does not know (the closest known key is suggested).', 'warning', {
  fail: [{ text: exampleBrief(['keyquestion: Why?', 'tag: x']), lines: [5, 6] }],
  pass: [{ text: exampleBrief(['key_question: Why?', 'tags: [x]']) }],
});
