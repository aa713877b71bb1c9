import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';
import { scenarioKey } from '../../brief/parse.js';

const rule: Rule = {
  id: 'scenario-unknown',
  description: 'The frontmatter "scenarios" names a label that has no scenario heading.',
  defaultSeverity: 'error',
  examples: {
    fail: [{ text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  E: {likelihood: unlikely}']), lines: [7] }],
    pass: [{ text: exampleBrief(['scenarios:', '  a: {likelihood: likely}', '  Scenario A: {impact: low}']) }],
  },
  check({ brief, report }) {
    const labels = new Set(brief.scenarios.map((s) => s.label));
    for (const entry of brief.frontmatter.scenarioEntries) {
      const label = scenarioKey(entry.key);
      if (labels.has(label)) continue;
      const known = [...labels].join(', ');
      report({ line: entry.line, message: `scenarios.${entry.key} has no "### ${label}. ..." heading${known ? ` (labels: ${known})` : ''}; add the scenario or remove the entry` });
    }
  },
};
export default rule;
