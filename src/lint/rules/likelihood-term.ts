import type { Rule } from '../types.js';
import { ESTIMATIVE_TERMS, findTerm, parseProbability } from '../../brief/estimative.js';
import { closestMatches } from '../../text/suggest.js';
import { exampleBrief } from './example.js';

/** "likely (60%)": a term with its probability in brackets, as ICD 203 allows. */
export function splitTermAndNumber(value: string): { term: string; number: string } | null {
  const m = /^(.+?)\s*[([]\s*(\d{1,3}(?:\.\d+)?\s*%|0?\.\d+|1(?:\.0+)?)\s*[)\]]$/.exec(value.trim());
  return m ? { term: m[1]!, number: m[2]! } : null;
}

const rule: Rule = {
  id: 'likelihood-term',
  description: 'A scenario likelihood that is neither an ICD 203 estimative term nor a probability.',
  defaultSeverity: 'error',
  examples: {
    fail: [{ text: exampleBrief(['scenarios:', '  A:', '    likelihood: maybe']), lines: [7] },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: "150%"}']), lines: [6] }],
    pass: [{ text: exampleBrief(['scenarios:', '  A:', '    likelihood: Very Likely', '  B:', '    likelihood: 0.35', '  C:', '    likelihood: "35%"', '  D:', '    likelihood: likely (60%)']) }],
  },
  check({ brief, report }) {
    for (const entry of brief.frontmatter.scenarioEntries) {
      const value = entry.likelihood;
      if (value === null || isValidLikelihood(value)) continue;
      const near = closestMatches(value, ESTIMATIVE_TERMS.flatMap((t) => t.forms), 1);
      report({
        line: entry.likelihoodLine ?? entry.line,
        message: `likelihood "${value}" is neither an estimative term nor a probability (0.35, "35%")${near.length > 0 ? `; did you mean "${near[0]}"?` : ''}`,
      });
    }
  },
};

export function isValidLikelihood(value: string): boolean {
  const pair = splitTermAndNumber(value);
  return findTerm(value) !== null || parseProbability(value) !== null ||
    (pair !== null && findTerm(pair.term) !== null && parseProbability(pair.number) !== null);
}
export default rule;
