import { findKeyLine } from '../../brief/indicators.js';
import { parsePeriod, periodBounds } from '../../brief/period.js';
import { SITE_KEYS_READ, siteKey } from '../../brief/site-keys.js';
import type { Brief } from '../../brief/model.js';
import type { Rule } from '../types.js';
import { sameDateThisYear } from '../written-date.js';
import { exampleBrief } from './example.js';

const dated = (date: string, front: string[] = []): string => exampleBrief(front).replace('date: 2025-01-01', `date: ${date}`);

/** The key the brief's `updated` was read from (`lastmod`, `modified`, `last_modified_at`, any letter case), as metadata.ts reads it. */
function updatedKey(brief: Brief): string | null {
  const { data } = brief.frontmatter;
  for (const name of SITE_KEYS_READ.updated) {
    const key = siteKey(data, name);
    const value = key === null ? undefined : data[key];
    if ((typeof value === 'string' || typeof value === 'number') && parsePeriod(String(value)) === brief.updated) return key;
  }
  return null;
}

const rule: Rule = {
  id: 'date-future',
  description: "A date of the brief's own is later than today: the last revision (lastmod), a change's date, or the brief's date when it is published or over a year ahead.",
  defaultSeverity: 'warning',
  examples: {
    fail: [
      { text: exampleBrief(['lastmod: 2062-02-01']), today: '2026-03-10', lines: [5] },
      { text: exampleBrief(['changes:', '  - date: 2026-03-11', '    note: Talks failed', '  - { date: 2027-01-12, note: Talks resumed }']), today: '2026-03-10', lines: [6, 8] },
      { text: dated('2026-04-01', ['status: published']), today: '2026-03-10', lines: [3] },
      // A draft, but dated too far ahead for a planned release: a typo.
      { text: dated('2062-01-10'), today: '2026-03-10', lines: [3] },
    ],
    pass: [
      { text: exampleBrief(['lastmod: 2026-03-10', 'changes:', '  - { date: 2026-03, note: Talks failed }']), today: '2026-03-10' },
      // A draft or a brief in review pre-dated for its release within the year.
      { text: dated('2027-03-10', ['status: review']), today: '2026-03-10' },
      { text: dated('2026-03-10', ['status: published']), today: '2026-03-10' },
    ],
  },
  check({ brief, lines, today, report }) {
    const later = (date: string): boolean => periodBounds(date).start > today;
    const guess = (date: string): string => {
      const meant = sameDateThisYear(date, today);
      return meant === null ? '' : `: did you mean ${meant}?`;
    };
    const keyLines = brief.frontmatter.keyLines;
    if (brief.date !== null && keyLines.date !== undefined && later(brief.date)) {
      // A brief may be dated ahead for its release; not once it is out, nor over a year ahead.
      const yearAhead = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
      if (brief.status === 'published') {
        report({ line: keyLines.date, message: `date ${brief.date} is later than today (${today}) in a published brief, whose date has come${guess(brief.date)}` });
      } else if (periodBounds(brief.date).start > yearAhead) {
        report({ line: keyLines.date, message: `date ${brief.date} is more than a year after today (${today}), too far ahead for a planned release${guess(brief.date)}` });
      }
    }
    if (brief.updated !== null && later(brief.updated)) {
      const key = updatedKey(brief);
      const line = key === null ? undefined : keyLines[key];
      if (key !== null && line !== undefined) {
        report({ line, message: `${key} ${brief.updated} is later than today (${today}); it is the day the brief was last revised${guess(brief.updated)}` });
      }
    }
    brief.changes.forEach((change, i) => {
      if (change.date === null || parsePeriod(change.date) === null || !later(change.date)) return;
      report({
        line: findKeyLine(lines, change.line, 'date'),
        message: `change ${i + 1}: date ${change.date} is later than today (${today}); it is the day the judgement moved${guess(change.date)}`,
      });
    });
  },
};
export default rule;
