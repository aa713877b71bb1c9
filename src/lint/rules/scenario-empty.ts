import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const body = (scenarios: string): string => `\n## Scenarios\n\n${scenarios}\n## Recommendations\n\n- Act.\n`;

/** The forms a scenario can take, for a scenarios section in which none could be read. */
const FORMS = '"### A. Title" headings, list items such as "- **A. Title.** Text", or lead-ins such as "**Scenario A: Title.** Text"';

const rule: Rule = {
  id: 'scenario-empty',
  description: 'A scenario with a title but no text, or a scenarios section in which no scenario could be read.',
  defaultSeverity: 'error',
  examples: {
    fail: [
      { text: exampleBrief([], '\n## Scenarios\n\n### A. Talks resume\n\n### B. Talks collapse\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [9] },
      // Prose only: the brief promises scenarios and no reader can find them (heading on line 7).
      { text: exampleBrief([], body('Talks may resume, or they may collapse.\n')), lines: [7] },
    ],
    pass: [
      { text: exampleBrief() },
      { text: exampleBrief([], body('Two futures:\n\n1. Talks resume. Both sides return.\n2. Talks collapse. Fighting resumes.\n')) },
      { text: exampleBrief([], body('**Scenario A: Talks resume.** Both sides return.\n\n**Scenario B: Talks collapse.** Fighting resumes.\n')) },
    ],
  },
  check({ brief, report }) {
    for (const h of brief.scenarioHeadings) {
      if (h.empty) report({ line: h.line, message: `scenario "${h.heading}" has no text; describe how it unfolds` });
    }
    // A section that discusses scenarios read elsewhere is not empty: only a brief without any.
    if (brief.scenarioHeadings.length > 0) return;
    for (const s of brief.sections) {
      if (s.kinds.includes('scenarios')) report({ line: s.line, message: `no scenario could be read in "${s.heading}"; write them as ${FORMS}` });
    }
  },
};
export default rule;
