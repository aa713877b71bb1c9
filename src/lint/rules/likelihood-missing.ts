/** A reader compares scenarios by their likelihoods: one left out reads as an oversight. */
import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

/** A "Likelihood: ..." or "Probability: ..." line in a scenario's text. */
const STATED = /^\s*(?:[-*]\s*)?\**\s*(?:likelihood|probability)\s*\**\s*:/im;

const body = '\n## Scenarios\n\n### A. Talks\n\nText.\n\n### B. Collapse\n\nText.\n\n## Recommendations\n\n- Act.\n';

const rule: Rule = {
  id: 'likelihood-missing',
  description: 'A scenario without a likelihood when other scenarios of the brief have one.',
  defaultSeverity: 'warning',
  examples: {
    // Scenario B's heading is on line 16 (the frontmatter ends on line 8).
    fail: [{ text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {impact: high}'], body), lines: [16] }],
    pass: [
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: unlikely}'], body) },
      // No likelihoods at all is a choice (an explainer), not an oversight.
      { text: exampleBrief([], body) },
      // One stated in the scenario's text is there for the reader (likelihood-contradiction compares the two).
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}'], body.replace('### B. Collapse\n\nText.', '### B. Collapse\n\n**Likelihood:** unlikely.\n\nText.')) },
    ],
  },
  check({ brief, report }) {
    const withOne = brief.scenarios.filter((s) => s.likelihood !== null);
    if (withOne.length === 0) return;
    const named = withOne.map((s) => s.label).join(', ');
    for (const s of brief.scenarios) {
      if (s.likelihood !== null || STATED.test(s.markdown)) continue;
      report({
        line: s.line,
        message: `scenario ${s.label} has no likelihood, while ${withOne.length === 1 ? 'scenario' : 'scenarios'} ${named} ${withOne.length === 1 ? 'has' : 'have'} one; add "likelihood:" under "${s.label}:" in the frontmatter's scenarios`,
      });
    }
  },
};
export default rule;
