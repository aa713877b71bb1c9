import { STATUSES } from '../../brief/model.js';
import { closestMatches } from '../../text/suggest.js';
import type { Report, Rule } from '../types.js';
import { readWrittenDate } from '../written-date.js';
import { EXAMPLE_BODY, exampleBrief } from './example.js';

/** `key: value  # comment` on one line, the value perhaps quoted. */
const KEY_LINE = /^(\s*)([\w-]+)(\s*:\s*)(["']?)(.*?)\4(\s+#.*)?\s*$/;

const rule: Rule = {
  id: 'frontmatter-type',
  description: 'A value has the wrong type or is impossible (date: 2025-13-45, status: final).',
  defaultSeverity: 'error',
  runsOnUnreadable: true,
  fixable: true,
  codes: ['wrong-type', 'invalid-value', 'not-mapping'],
  examples: {
    fail: [
      { text: `---\ntitle: Example\ndate: 2025-13-45\nauthor: Analyst\n---\n${EXAMPLE_BODY}`, lines: [3] },
      { text: exampleBrief(['status: final']), lines: [5] },
      { text: exampleBrief(['tags: {a: b}']), lines: [5] },
      // Fixed to 2026-11-30: only a day can be 30.
      { text: `---\ntitle: Example\ndate: 30/11/2026\nauthor: Analyst\n---\n${EXAMPLE_BODY}`, lines: [3] },
      // An indicator's status and as_of, at their own lines.
      { text: exampleBrief(['scenarios:', '  A:', '    indicators:', '      - text: Talks resume', '        status: seen', '        as_of: 2026-02-30']), lines: [9, 10] },
    ],
    pass: [{ text: exampleBrief(['status: published', 'tags: [a, b]']) },
      { text: exampleBrief(['scenarios:', '  A:', '    indicators:', '      - Talks resume', '      - {text: Troops withdraw, status: observed, as_of: 2026-01-10, note: Satellite images}']) }],
  },
  refine(problem, { lines }) {
    const plain: Report = { line: problem.line, column: problem.column, message: problem.message };
    if (problem.code !== 'invalid-value') return plain;
    const source = lines[problem.line - 1] ?? '';
    const m = KEY_LINE.exec(source);
    if (!m) return plain;
    const [, indent, key, colon, quote, value, comment] = m as unknown as string[];
    // An indented `status:` is an indicator's, whose message already names its values.
    if (key === 'status') return indent === '' ? suggestStatus(plain, value!) : plain;
    const date = readWrittenDate(value!);
    if (date === null) return plain;
    if ('dayFirst' in date) {
      return { ...plain, message: `${problem.message}: "${value}" could be ${date.dayFirst} (day first) or ${date.monthFirst} (month first); write the one you mean` };
    }
    return {
      ...plain,
      message: `${problem.message}; did you mean ${date.iso}?`,
      fix: { from: problem.line, to: problem.line, lines: [`${indent}${key}${colon}${quote}${date.iso}${quote}${comment ?? ''}`] },
    };
  },
};

function suggestStatus(plain: Report, value: string): Report {
  const near = closestMatches(value.trim(), STATUSES, 1);
  return near.length > 0 ? { ...plain, message: `${plain.message}; did you mean "${near[0]}"?` } : plain;
}

export default rule;
