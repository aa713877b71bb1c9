import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'recommendations-format',
  description: 'The recommendations section has no list items (each recommendation is one item).',
  defaultSeverity: 'error',
  examples: {
    fail: [
      { text: exampleBrief([], '\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\nEstablish monitoring.\n\nMaintain contact.\n'), lines: [13] },
      // A heading that names two kinds is a recommendations section too.
      { text: exampleBrief([], '\n## Summary and Recommendations\n\nThe bottom line.\n\n## Scenarios\n\n### A. One\n\nText.\n'), lines: [7] },
    ],
    pass: [
      { text: exampleBrief([], '\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\nBoth sides should:\n\n1. Establish monitoring.\n2. Maintain contact.\n') },
      { text: exampleBrief([], '\n## Scenarios\n\n### A. One\n\nText.\n\n## Recommendations\n\n### Now\n\n- [ ] Act.\n') },
    ],
  },
  check({ brief, report }) {
    for (const s of brief.sections) {
      if (!s.kinds.includes('recommendations')) continue;
      const items = brief.recommendations.filter((r) => r.line > s.line && r.line <= s.endLine);
      if (items.length === 0) {
        report({ line: s.line, message: `"${s.heading}" has no list items; write each recommendation as "- ..." or "1. ..."` });
      }
    }
  },
};
export default rule;
