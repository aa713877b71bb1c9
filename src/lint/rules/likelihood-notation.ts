/** Likelihoods written one way read as one scale; a term next to a percentage invites a false comparison. */
import type { Rule } from '../types.js';
import { likelihoodNotation } from '../../brief/estimative.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'likelihood-notation',
  description: 'Scenario likelihoods written in different notations in one brief (terms, percentages, decimals).',
  defaultSeverity: 'warning',
  examples: {
    fail: [
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: "20%"}', '  C: {likelihood: 0.1}']), lines: [7, 8] },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: "60%"}', '  B: {likelihood: 0.3}']), lines: [7] },
    ],
    pass: [
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: Very Unlikely}']) },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely (60%)}', '  B: {likelihood: unlikely [30%]}']) },
    ],
  },
  check({ brief, report }) {
    let first: { notation: string; value: string; line: number } | null = null;
    for (const entry of brief.frontmatter.scenarioEntries) {
      if (entry.likelihood === null) continue;
      // A value that is no likelihood at all is likelihood-term's finding.
      const notation = likelihoodNotation(entry.likelihood);
      if (notation === null) continue;
      const line = entry.likelihoodLine ?? entry.line;
      if (first === null) { first = { notation, value: entry.likelihood, line }; continue; }
      if (notation === first.notation) continue;
      report({
        line,
        message: `likelihood "${entry.likelihood}" is written as a ${notation}, but the first ("${first.value}", line ${first.line}) as a ${first.notation}; write every likelihood one way`,
      });
    }
  },
};
export default rule;
