import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'indicators-missing',
  description: 'A scenario with no indicators (signposts that it is unfolding). Off by default.',
  defaultSeverity: 'off',
  examples: {
    fail: [{ text: exampleBrief(['scenarios:', '  A: {likelihood: likely}']), lines: [15] }],
    pass: [
      { text: exampleBrief(['scenarios:', '  A: {indicators: [Talks resume]}']) },
      { text: exampleBrief([], '\n## Scenarios\n\n### A. First\n\nText.\n\nIndicators:\n\n- Talks resume\n\n## Recommendations\n\n- Act.\n') },
    ],
  },
  check({ brief, report }) {
    for (const s of brief.scenarios) {
      if (s.indicators.length > 0 || /\b(?:indicators?|signposts?)\b/i.test(s.text)) continue;
      report({ line: s.line, message: `scenario ${s.label} has no indicators; add scenarios.${s.label}.indicators in the frontmatter` });
    }
  },
};
export default rule;
