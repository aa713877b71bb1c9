import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const body = (headings: string[]): string =>
  `\n## Scenarios\n\n${headings.map((h) => `### ${h}\n\nText.\n`).join('\n')}\n## Recommendations\n\n- Act.\n`;

const rule: Rule = {
  id: 'scenario-label',
  description: 'Scenario headings without labels ("### A. Title"), read by their position; or a label used twice.',
  defaultSeverity: 'error',
  fixable: true,
  examples: {
    // Headings fall on lines 9, 13, 17 (fence on 5, "## Scenarios" on 7).
    fail: [
      // Named scenarios with no labels at all: read as 1 and 2 by position.
      { text: exampleBrief([], body(['Return to talks', 'Ceasefires'])), lines: [9, 13] },
      { text: exampleBrief([], body(['A. Return to talks', 'B. Ceasefires', 'b) Escalation'])), lines: [17] },
      // Fixed to "### B. Return to talks" and "### C. Ceasefires": A is the section's below.
      { text: exampleBrief([], `${body(['Return to talks', 'Ceasefires'])}\n## Scenario A: Collapse\n\nText.\n`), lines: [9, 13] },
    ],
    pass: [
      { text: exampleBrief([], body(['A. Return to talks', 'Scenario B: Ceasefires', '3 - Escalation'])) },
      // An unlabelled heading among labelled scenarios is a part of the section, not a scenario.
      { text: exampleBrief([], body(['Drivers', 'A. Return to talks', 'B. Ceasefires'])) },
    ],
  },
  check({ brief, lines, report }) {
    const free = freeLabels(brief.scenarioHeadings.filter((h) => !h.labelDerived).map((h) => h.label),
      brief.frontmatter.scenarioEntries.map((e) => e.key));
    const seen = new Map<string, number>();
    for (const h of brief.scenarioHeadings) {
      if (h.labelDerived && h.form === 'heading') {
        const label = free.next().value as string;
        const heading = ATX.exec(lines[h.line - 1] ?? '');
        report({
          line: h.line,
          message: `scenario heading "${h.heading}" has no label (it is read as scenario ${h.label}, by its position); start it with one, e.g. "### ${label}. ${h.heading}"`,
          ...(heading ? { fix: { from: h.line, to: h.line, lines: [`${heading[1]}${label}. ${heading[2]}`] } } : {}),
        });
      } else if (seen.has(h.label)) {
        report({ line: h.line, message: `scenario label "${h.label}" is used twice (first on line ${seen.get(h.label)}); give each scenario its own label` });
      } else {
        seen.set(h.label, h.line);
      }
    }
  },
};

/** An ATX heading line: its marks, then its text. */
const ATX = /^(\s{0,3}#{1,6}[ \t]+)(.*?)$/;

/**
 * Labels not yet used by a labelled scenario, in order: letters, or numbers when the
 * frontmatter's scenarios are numbered, so the fixed headings match the frontmatter's keys.
 */
function* freeLabels(taken: string[], frontmatterKeys: string[]): Generator<string> {
  const used = new Set(taken);
  const numbered = frontmatterKeys.length > 0 && frontmatterKeys.every((k) => /^\d+$/.test(k.trim()));
  for (let n = 1; ; n += 1) {
    const label = numbered || n > 26 ? String(n) : String.fromCharCode(64 + n);
    if (!used.has(label)) yield label;
  }
}
export default rule;
