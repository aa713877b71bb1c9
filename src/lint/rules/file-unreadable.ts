/**
 * Files that cannot be read as a brief: binary, empty, not UTF-8, over the size limit,
 * unreadable. Found when the file is read (lintBytes), before any other rule runs.
 */
import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'file-unreadable',
  description: 'The file is binary, empty, not UTF-8, over the size limit (8 MiB), or cannot be read.',
  defaultSeverity: 'error',
  runsOnUnreadable: true,
  examples: {
    fail: [
      { text: '', lines: [1] },
      { text: '---\ntitle: x\n\u0000binary', lines: [3] },
    ],
    pass: [{ text: exampleBrief() }],
  },
  check() {
    // Reported by the reading step (lintBytes / unreadableMessage); nothing to check on text.
  },
};
export default rule;
