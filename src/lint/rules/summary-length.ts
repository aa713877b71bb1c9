import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'summary-length',
  description: 'The summary (bottom line) is longer than `maxWords` words (default 100).',
  defaultSeverity: 'warning',
  defaultOptions: { maxWords: 100 },
  examples: {
    fail: [{ text: exampleBrief(['summary: one two three four five six']), lines: [5], options: { maxWords: 5 } }],
    pass: [{ text: exampleBrief(['summary: one two three four five']), options: { maxWords: 5 } }],
  },
  check({ brief, options, report }) {
    const max = Number(options.maxWords);
    const words = brief.summary.split(/\s+/).filter(Boolean).length;
    if (!Number.isFinite(max) || words <= max || brief.summaryLine === null) return;
    report({ line: brief.summaryLine, message: `the summary has ${words} words; keep the bottom line to ${max} or fewer` });
  },
};
export default rule;
