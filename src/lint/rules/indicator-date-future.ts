import { findKeyLine } from '../../brief/indicators.js';
import type { Rule } from '../types.js';
import { sameDateThisYear } from '../written-date.js';
import { exampleBrief } from './example.js';

const indicator = (asOf: string): string[] => ['scenarios:', '  A:', '    indicators:', '      - text: Talks resume', '        status: observed', `        as_of: ${asOf}`];

const rule: Rule = {
  id: 'indicator-date-future',
  description: "An indicator's as_of (the day it was last reviewed) is later than today.",
  defaultSeverity: 'warning',
  examples: {
    fail: [
      { text: exampleBrief(indicator('2027-03-01')), today: '2026-03-10', lines: [10] },
      // Flow mappings, one a day late: each at its own item's line.
      { text: exampleBrief(['scenarios:', '  A:', '    indicators:', '      - {text: Talks resume, as_of: 2026-03-11}', '      - {text: Ships turn back, as_of: 2026-03-10}']), today: '2026-03-10', lines: [8] },
    ],
    pass: [
      { text: exampleBrief(indicator('2026-03-10')), today: '2026-03-10' },
      { text: exampleBrief(['scenarios:', '  A:', '    indicators: [Talks resume, {text: Ships turn back, as_of: 2020-01-01}]']), today: '2026-03-10' },
    ],
  },
  check({ brief, lines, today, report }) {
    // Most briefs date no indicator: they need not pay for the indicators' lines.
    let dated = false;
    for (let n = brief.frontmatter.startLine ?? 1; n < brief.frontmatter.bodyLine && !dated; n += 1) dated = lines[n - 1]?.includes('as_of') === true;
    if (!dated) return;
    // The items of a flow list share a line: it is searched once, not once per item.
    const keyLines = new Map<number, number>();
    const keyLine = (item: number): number => {
      let line = keyLines.get(item);
      if (line === undefined) keyLines.set(item, line = findKeyLine(lines, item, 'as_of'));
      return line;
    };
    for (const s of brief.scenarios) {
      for (const i of s.indicatorStates) {
        if (i.asOf === null || i.asOf <= today) continue;
        const guess = sameDateThisYear(i.asOf, today);
        report({
          line: keyLine(i.line),
          message: `scenario ${s.label}: as_of ${i.asOf} is later than today (${today}); as_of is the day the indicator was last reviewed${guess ? `: did you mean ${guess}?` : ''}`,
        });
      }
    }
  },
};
export default rule;
