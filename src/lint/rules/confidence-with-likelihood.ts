/** ICD 203: confidence in a judgement and the likelihood of an event are separate statements. */
import type { Rule } from '../types.js';
import { termsIn } from '../../brief/estimative.js';
import { sentences } from '../source.js';
import { blankAddresses } from '../addresses.js';
import { exampleBrief } from './example.js';

const CONFIDENCE = /\b(?:(?:high|moderate|medium|low)\s+confidence|confidence\s+(?:is\s+)?(?:high|moderate|low)|(?:highly|moderately)\s+confident)\b/i;

const rule: Rule = {
  id: 'confidence-with-likelihood',
  description: 'A confidence level and a likelihood term in the same sentence ("We assess with high confidence that talks will likely fail").',
  defaultSeverity: 'warning',
  examples: {
    fail: [{ text: exampleBrief([], '\n## Summary\n\nWe assess with high confidence that\ntalks will likely fail.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [9] }],
    pass: [
      { text: exampleBrief([], '\n## Summary\n\nTalks will likely fail. We have moderate confidence in this judgement.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
      // A quotation is not the writer's sentence.
      { text: exampleBrief([], '\n## Summary\n\nTalks will likely fail. The minister said "we assess with high confidence that talks will likely fail".\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
      // "likely range" describes the method, not an event.
      { text: exampleBrief([], '\n## Summary\n\nWe have high confidence in the likely range of estimates.\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n') },
    ],
  },
  check({ brief, lines, ownProse, report }) {
    const summaryLine = brief.frontmatter.keyLines.summary;
    const all = summaryLine === undefined ? ownProse
      : [{ line: summaryLine, text: blankAddresses(lines[summaryLine - 1]!.replace(/^summary:\s*[>|]?-?/, '')) }, { line: summaryLine, text: '' }, ...ownProse];
    // Only text that mentions confidence can break the rule.
    if (!all.some((p) => /confiden/i.test(p.text))) return;
    for (const s of sentences(all)) {
      // A term that describes the method ("a likely range") is no likelihood judgement.
      const term = termsIn(s.text)[0];
      const confidence = CONFIDENCE.exec(s.text);
      if (term && confidence) {
        report({ line: s.line, column: s.column, message: `"${confidence[0]}" and "${term.text}" in one sentence; state the likelihood and your confidence in separate sentences (ICD 203)` });
      }
    }
  },
};
export default rule;
