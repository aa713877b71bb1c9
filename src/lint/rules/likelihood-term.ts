import type { Rule } from '../types.js';
import { ESTIMATIVE_TERMS, findTerm, parseProbability, splitTermAndNumber } from '../../brief/estimative.js';
import { closestMatches } from '../../text/suggest.js';
import { exampleBrief } from './example.js';

const rule: Rule = {
  id: 'likelihood-term',
  description: 'A scenario likelihood that is neither an ICD 203 estimative term nor a probability.',
  defaultSeverity: 'error',
  examples: {
    fail: [{ text: exampleBrief(['scenarios:', '  A:', '    likelihood: maybe']), lines: [7] },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likley}']), lines: [6] },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: "150%"}']), lines: [6] }],
    pass: [{ text: exampleBrief(['scenarios:', '  A:', '    likelihood: Very Likely', '  B:', '    likelihood: 0.35', '  C:', '    likelihood: "35%"', '  D:', '    likelihood: likely (60%)']) }],
  },
  check({ brief, report }) {
    for (const entry of brief.frontmatter.scenarioEntries) {
      const value = entry.likelihood;
      if (value === null || isValidLikelihood(value)) continue;
      const near = suggestTerms(value);
      report({
        line: entry.likelihoodLine ?? entry.line,
        message: `likelihood "${value}" is neither an estimative term nor a probability (0.35, "35%")` +
          `${near.length > 0 ? `; did you mean ${orList(near.map((t) => `"${t}"`))}?` : '.'} The terms are ${ROW_1} (or row 2: ${ROW_2})`,
      });
    }
  },
};

/** "a", "a or b", "a, b or c". */
const orList = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

const ROW_1 = ESTIMATIVE_TERMS.filter((t) => t.row === 1).map((t) => t.term).join(', ');
const ROW_2 = ESTIMATIVE_TERMS.filter((t) => t.row === 2).map((t) => t.term).join(', ');

/**
 * Words writers use for a likelihood that ICD 203 does not, with the terms nearest in meaning.
 * "possible" and "maybe" say only that something can happen: the writer has to pick a degree.
 */
const INFORMAL: Record<string, string[]> = {
  possible: ['roughly even chance', 'unlikely', 'likely'],
  maybe: ['roughly even chance', 'unlikely', 'likely'],
  perhaps: ['roughly even chance', 'unlikely', 'likely'],
  plausible: ['roughly even chance', 'unlikely', 'likely'],
  conceivable: ['unlikely', 'very unlikely'],
  uncertain: ['roughly even chance'],
  'even chance': ['roughly even chance'],
  'fifty-fifty': ['roughly even chance'],
  '50/50': ['roughly even chance'],
  'toss-up': ['roughly even chance'],
  medium: ['roughly even chance'],
  moderate: ['roughly even chance'],
  low: ['unlikely', 'very unlikely'],
  'very low': ['very unlikely', 'almost no chance'],
  high: ['likely', 'very likely'],
  'very high': ['very likely', 'almost certain'],
  certain: ['almost certain'],
  definite: ['almost certain'],
  impossible: ['almost no chance'],
  'no chance': ['almost no chance'],
  doubtful: ['unlikely'],
};

/** The terms a wrong likelihood most likely meant: from the list above, else the nearest spellings. */
export function suggestTerms(value: string): string[] {
  const wanted = value.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  return INFORMAL[wanted] ?? closestMatches(wanted, ESTIMATIVE_TERMS.flatMap((t) => t.forms), 2);
}

export function isValidLikelihood(value: string): boolean {
  const pair = splitTermAndNumber(value);
  return findTerm(value) !== null || parseProbability(value) !== null ||
    (pair !== null && findTerm(pair.term) !== null && parseProbability(pair.number) !== null);
}
export default rule;
