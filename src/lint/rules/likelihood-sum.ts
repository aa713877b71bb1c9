/**
 * Scenarios the brief calls mutually exclusive cannot together be more likely than certain. A
 * brief says so in words, in its scenarios section ("these scenarios are mutually exclusive"),
 * where a reader sees the claim too; "not mutually exclusive" says the opposite.
 */
import type { Rule } from '../types.js';
import { likelihoodRange } from '../../brief/estimative.js';
import { exampleBrief } from './example.js';

const EXCLUSIVE = /\bmutually[\s-]+exclusive\b/gi;
/** A cheap test that rules out most lines before EXCLUSIVE runs. */
const EXCLUSIVE_HINT = /exclusive/i;
const NEGATED = /(?:\bnot|n't|\bnon|\bneed not be|\baren't)[\s-]*(?:necessarily\s+|always\s+)?$/i;

const body = (intro: string): string =>
  `\n## Scenarios\n\n${intro}\n\n### A. Talks\n\nText.\n\n### B. Collapse\n\nText.\n\n## Recommendations\n\n- Act.\n`;

const rule: Rule = {
  id: 'likelihood-sum',
  description: 'The likelihoods of scenarios the brief calls mutually exclusive add up to more than 100%.',
  defaultSeverity: 'error',
  examples: {
    // The claim is on line 12 (frontmatter lines 1-8, "## Scenarios" on 10).
    fail: [
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: likely}'], body('These scenarios are mutually exclusive.')), lines: [12] },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: "70%"}', '  B: {likelihood: 0.4}'], body('The two are mutually-exclusive outcomes.')), lines: [12] },
    ],
    pass: [
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: unlikely}'], body('These scenarios are mutually exclusive.')) },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: likely}'], body('These scenarios are not mutually exclusive.')) },
      { text: exampleBrief(['scenarios:', '  A: {likelihood: likely}', '  B: {likelihood: likely}'], body('Both may unfold at once.')) },
    ],
  },
  check({ brief, prose, report }) {
    const ranges = brief.scenarios.flatMap((s) => {
      const range = s.likelihood === null ? null : likelihoodRange(s.likelihood);
      return range ? [{ label: s.label, value: s.likelihood!, range }] : [];
    });
    if (ranges.length < 2) return;
    const low = ranges.reduce((sum, r) => sum + r.range[0], 0);
    if (low <= 1 + 1e-9) return;
    const claim = exclusiveClaim(brief, prose);
    if (claim === null) return;
    const exact = ranges.every((r) => r.range[0] === r.range[1]);
    const number = (x: number): string => String(Math.round(x * 1000) / 10);
    const each = ranges.map((r) => `${r.label} "${r.value}"${r.range[0] === r.range[1] ? '' : ` ${number(r.range[0])}-${number(r.range[1])}%`}`);
    report({
      line: claim.line, column: claim.column,
      message: `the scenarios are called mutually exclusive, but their likelihoods add up to ${exact ? '' : 'at least '}${number(low)}% (${each.join(', ')}); lower some, or say they can happen together`,
    });
  },
};

/** Where a scenarios section calls its scenarios mutually exclusive (not "not mutually exclusive"), or null. */
function exclusiveClaim(brief: Parameters<NonNullable<Rule['check']>>[0]['brief'], prose: ReadonlyArray<{ line: number; text: string }>): { line: number; column: number } | null {
  const sections = brief.sections.filter((s) => s.kinds.includes('scenarios') ||
    brief.scenarioHeadings.some((h) => h.line >= s.line && h.line <= s.endLine));
  for (const { line, text } of prose) {
    if (!EXCLUSIVE_HINT.test(text) || !sections.some((s) => line > s.line && line <= s.endLine)) continue;
    for (const m of text.matchAll(EXCLUSIVE)) {
      if (!NEGATED.test(text.slice(0, m.index))) return { line, column: m.index + 1 };
    }
  }
  return null;
}
export default rule;
