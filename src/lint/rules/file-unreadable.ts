/**
 * Files that cannot be read as a brief: binary, empty, not UTF-8, over the size limit,
 * unreadable (found when the file is read, by lintBytes), or beyond the body's limits on line
 * length and nesting (found by the parser, reported here).
 */
import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'file-unreadable',
  description: 'The file is binary, empty, not UTF-8, over the size limit (4 MiB), or cannot be read.',
  defaultSeverity: 'error',
  runsOnUnreadable: true,
  codes: ['unreadable', 'too-large', 'not-utf8', 'empty', 'too-complex'],
  examples: {
    fail: [
      { text: '', lines: [1] },
      { text: '---\ntitle: x\n\u0000binary', lines: [3] },
      { text: exampleBrief([], `\n${' '.repeat(300)}- deeply nested\n`), lines: [7] },
    ],
    pass: [{ text: exampleBrief() }],
  },
};
export default rule;
