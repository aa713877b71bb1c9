import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const normal = (s: string): string => s.replace(/\s+/g, ' ').trim();

const rule: Rule = {
  id: 'heading-title-mismatch',
  description: 'The level-1 heading at the top differs from the frontmatter title.',
  defaultSeverity: 'warning',
  examples: {
    fail: [{ text: exampleBrief([], '\n# An Older Title\n\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [7] }],
    pass: [{ text: exampleBrief([], '\n# Example\n\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n- Act.\n') }],
  },
  check({ brief, report }) {
    const title = brief.frontmatter.data.title;
    if (!brief.displayTitle || typeof title !== 'string') return;
    if (normal(brief.displayTitle.text) === normal(title)) return;
    report({ line: brief.displayTitle.line, message: `heading "${brief.displayTitle.text}" differs from the title "${normal(title)}"; make them the same` });
  },
};
export default rule;
